#!/bin/sh
# azd postdeploy hook: subscribes the upload trigger (SubmissionUploaded, blob trigger with the Event Grid source) to
# BlobCreated events under uploads/. It runs after code is deployed because the webhook URL carries the app's
# blobs_extension system key, which the host creates only once it has started with that trigger.
#
# Unattended and idempotent: no prompts; the subscription is written with a PUT (create or replace), so a rerun
# refreshes the endpoint and key and changes nothing else. Needs the Azure CLI signed in to the same subscription as
# azd (`az login`, or the pipeline's federated login). The values below are azd environment values (Bicep outputs).
set -eu

fail() { echo "postdeploy: $*" >&2; exit 1; }

command -v az >/dev/null 2>&1 || fail "the Azure CLI (az) is required; see docs/deploy.md"

for name in AZURE_RESOURCE_GROUP AZURE_FUNCTION_APP_NAME AZURE_FUNCTION_APP_HOSTNAME UPLOADS_CONTAINER_NAME \
            EVENT_GRID_SYSTEM_TOPIC_NAME EVENT_GRID_SUBSCRIPTION_NAME UPLOAD_FUNCTION_NAME EVENT_GRID_DEADLETTER_CONTAINER_ID; do
  eval "value=\${$name:-}"
  [ -n "$value" ] || fail "$name is not set: run through azd (azd up / azd deploy) after provisioning"
done

subscription=""
if [ -n "${AZURE_SUBSCRIPTION_ID:-}" ]; then subscription="--subscription $AZURE_SUBSCRIPTION_ID"; fi

# The key appears once the host has started; Flex Consumption scales to zero, so wake it and wait (up to ~5 minutes).
key=""
attempt=0
while [ -z "$key" ]; do
  attempt=$((attempt + 1))
  [ "$attempt" -le 30 ] || fail "no blobs_extension key on $AZURE_FUNCTION_APP_NAME after 30 attempts; is SubmissionUploaded enabled (AzureWebJobs.SubmissionUploaded.Disabled=false) and did the deployment succeed?"
  if command -v curl >/dev/null 2>&1; then
    curl --silent --output /dev/null --max-time 30 "https://${AZURE_FUNCTION_APP_HOSTNAME}/" || true
  fi
  # shellcheck disable=SC2086 # $subscription is empty or two words on purpose
  key=$(az functionapp keys list $subscription --resource-group "$AZURE_RESOURCE_GROUP" --name "$AZURE_FUNCTION_APP_NAME" \
          --query "systemKeys.blobs_extension" --output tsv 2>/dev/null || true)
  [ -n "$key" ] || sleep 10
done

endpoint="https://${AZURE_FUNCTION_APP_HOSTNAME}/runtime/webhooks/blobs?functionName=Host.Functions.${UPLOAD_FUNCTION_NAME}&code=${key}"
subject="/blobServices/default/containers/${UPLOADS_CONTAINER_NAME}/"

# Retries: up to 30 attempts over at most 24 hours (Event Grid backs off between them), then the event is written to the
# dead-letter container by the topic's own identity (Storage Blob Data Contributor on that container only). The
# five-minute sweep picks up such an upload anyway; the alerts say the path is broken.
# shellcheck disable=SC2086
az eventgrid system-topic event-subscription create $subscription \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --system-topic-name "$EVENT_GRID_SYSTEM_TOPIC_NAME" \
  --name "$EVENT_GRID_SUBSCRIPTION_NAME" \
  --endpoint-type webhook \
  --endpoint "$endpoint" \
  --included-event-types Microsoft.Storage.BlobCreated \
  --subject-begins-with "$subject" \
  --max-delivery-attempts 30 \
  --event-ttl 1440 \
  --deadletter-identity systemassigned \
  --deadletter-identity-endpoint "$EVENT_GRID_DEADLETTER_CONTAINER_ID" \
  --output none

echo "postdeploy: Event Grid subscription $EVENT_GRID_SUBSCRIPTION_NAME delivers BlobCreated under ${subject} to ${UPLOAD_FUNCTION_NAME}."
