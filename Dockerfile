# Runtime image for a node; build the jar first with ./mvnw -q package -DskipTests.
FROM eclipse-temurin:17-jre
RUN useradd --system --home /srv/ntc ntc && mkdir -p /srv/ntc/data && chown -R ntc /srv/ntc
WORKDIR /srv/ntc
COPY target/ntc-hub.jar /srv/ntc/ntc-hub.jar
USER ntc
EXPOSE 8080 5701 5801
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=70", "-jar", "/srv/ntc/ntc-hub.jar"]
