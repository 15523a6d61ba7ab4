# omnidom/jre:21: the contract of eclipse-temurin:21-jre (JAVA_HOME=/opt/java/openjdk, java on PATH, CA
# certificates, UTF-8) on the local Debian image. The context holds jre/, made by containers/base/build.sh.
ARG BASE_IMAGE=omnidom/debian:bookworm
FROM ${BASE_IMAGE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates tzdata \
 && rm -rf /var/lib/apt/lists/*
ENV JAVA_HOME=/opt/java/openjdk \
    LANG=C.UTF-8 LC_ALL=C.UTF-8
ENV PATH=$JAVA_HOME/bin:$PATH
COPY jre $JAVA_HOME
RUN java -Xshare:on -version
CMD ["java", "-version"]
