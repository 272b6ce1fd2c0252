# The official image plus the two analysis plugins our index template uses (smartcn_tokenizer, cjk is built in; icu_*).
# Locally the same analyzer names come from infra/search-node, so one template works in both places.
ARG ES_VERSION=9.5.3
FROM docker.elastic.co/elasticsearch/elasticsearch:${ES_VERSION}
RUN bin/elasticsearch-plugin install --batch analysis-smartcn analysis-icu
