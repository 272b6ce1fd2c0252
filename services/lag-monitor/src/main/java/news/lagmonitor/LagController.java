package news.lagmonitor;

import java.net.URI;
import java.util.List;
import news.lagmonitor.LagReport.GroupLag;
import news.lagmonitor.LagReport.HistoryPoint;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The lag figures as JSON (and as the terminal table for {@code ./news status}). */
@RestController
@RequestMapping("/api/v1/lag")
class LagController {

    private final LagMonitor monitor;

    LagController(LagMonitor monitor) {
        this.monitor = monitor;
    }

    /** Every watched group with every partition, and the total lag over all of them. */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> all() {
        LagReport r = monitor.latest();
        if (r.observedAt() == null) {
            return notYet(r);
        }
        return ResponseEntity.ok(r);
    }

    /** The same figures as a plain-text table: {@code GET /api/v1/lag?format=text}. */
    @GetMapping(params = "format=text", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> table() {
        LagReport r = monitor.latest();
        return ResponseEntity.status(r.observedAt() == null ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK)
                .contentType(MediaType.TEXT_PLAIN).body(LagTable.render(r));
    }

    /** The chart's history: each group's total lag and max lag seconds per poll, oldest first. */
    @GetMapping(path = "/history", produces = MediaType.APPLICATION_JSON_VALUE)
    List<HistoryPoint> history() {
        return monitor.history();
    }

    @GetMapping(path = "/{group}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> group(@PathVariable String group) {
        LagReport r = monitor.latest();
        if (r.observedAt() == null) {
            return notYet(r);
        }
        return monitor.group(group).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No consumer group '" + group
                    + "' on the broker at " + r.observedAt() + "; known groups: " + r.groups().stream().map(GroupLag::group).toList());
            p.setTitle("Unknown consumer group");
            p.setType(URI.create("urn:news:problem:unknown-consumer-group"));
            p.setProperty("group", group);
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        });
    }

    private static ResponseEntity<?> notYet(LagReport r) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "No lag figures yet: the first poll of the broker has not succeeded (" + r.lastError() + ")");
        p.setTitle("Lag not available yet");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
