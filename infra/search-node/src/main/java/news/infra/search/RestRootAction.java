package news.infra.search;

import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.ClusterState;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.bytes.BytesArray;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

import java.util.List;
import java.util.function.Supplier;

import static org.elasticsearch.rest.RestRequest.Method.GET;
import static org.elasticsearch.rest.RestRequest.Method.HEAD;

/** The body of GET / in the same shape as the real rest-root module (clients read version.number from it). */
final class RestRootAction extends BaseRestHandler {

    private final Supplier<ClusterService> clusterService;

    RestRootAction(Supplier<ClusterService> clusterService) {
        this.clusterService = clusterService;
    }

    @Override
    public String getName() {
        return "main_action";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(GET, "/"), new Route(HEAD, "/"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        return channel -> {
            XContentBuilder builder = channel.newBuilder();
            if (request.method() == HEAD) {
                channel.sendResponse(new RestResponse(RestStatus.OK, builder.getResponseContentTypeString(), BytesArray.EMPTY));
                return;
            }
            ClusterService cluster = clusterService.get();
            ClusterState state = cluster.state();
            Build build = Build.current();
            builder.startObject();
            builder.field("name", cluster.getNodeName());
            builder.field("cluster_name", cluster.getClusterName().value());
            builder.field("cluster_uuid", state.metadata().clusterUUID());
            builder.startObject("version")
                .field("number", build.qualifiedVersion())
                .field("build_flavor", build.flavor())
                .field("build_type", build.type().displayName())
                .field("build_hash", build.hash())
                .field("build_date", build.date())
                .field("build_snapshot", build.isSnapshot())
                .field("lucene_version", IndexVersion.current().luceneVersion().toString())
                .field("minimum_wire_compatibility_version", build.minWireCompatVersion())
                .field("minimum_index_compatibility_version", build.minIndexCompatVersion())
                .endObject();
            builder.field("tagline", "You Know, for Search");
            builder.endObject();
            channel.sendResponse(new RestResponse(RestStatus.OK, builder));
        };
    }
}
