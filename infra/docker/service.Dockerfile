# One image recipe for all five services: docker build --build-arg SERVICE=gateway -f infra/docker/service.Dockerfile .
FROM maven:3.9-eclipse-temurin-21 AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -pl services/${SERVICE} -am package

FROM eclipse-temurin:21-jre
ARG SERVICE
WORKDIR /app
COPY --from=build /src/services/${SERVICE}/target/${SERVICE}.jar /app/app.jar
ENV JAVA_OPTS="-Xmx256m -XX:+UseSerialGC"
USER 1000
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar"]
