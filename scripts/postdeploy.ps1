# azd postdeploy hook (Windows / PowerShell 7): the same steps as postdeploy.sh. Subscribes the upload trigger
# (SubmissionUploaded, blob trigger with the Event Grid source) to BlobCreated events under uploads/, using the app's
# blobs_extension system key, which exists only after code is deployed and the host has started.
# Unattended and idempotent: the subscription is written with a PUT (create or replace). Needs `az` signed in.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Fail([string] $message) {
    Write-Error "postdeploy: $message" -ErrorAction Continue
    exit 1
}

if (-not (Get-Command az -ErrorAction SilentlyContinue)) { Fail 'the Azure CLI (az) is required; see docs/deploy.md' }

$required = 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'AZURE_FUNCTION_APP_HOSTNAME', 'UPLOADS_CONTAINER_NAME',
            'EVENT_GRID_SYSTEM_TOPIC_NAME', 'EVENT_GRID_SUBSCRIPTION_NAME', 'UPLOAD_FUNCTION_NAME', 'EVENT_GRID_DEADLETTER_CONTAINER_ID'
foreach ($name in $required) {
    if ([string]::IsNullOrEmpty([Environment]::GetEnvironmentVariable($name))) {
        Fail "$name is not set: run through azd (azd up / azd deploy) after provisioning"
    }
}

$subscription = @()
if ($env:AZURE_SUBSCRIPTION_ID) { $subscription = @('--subscription', $env:AZURE_SUBSCRIPTION_ID) }

# Flex Consumption scales to zero: wake the host and wait for the key (up to ~5 minutes).
$key = ''
for ($attempt = 1; -not $key; $attempt++) {
    if ($attempt -gt 30) {
        Fail "no blobs_extension key on $($env:AZURE_FUNCTION_APP_NAME) after 30 attempts; is SubmissionUploaded enabled and did the deployment succeed?"
    }
    try { Invoke-WebRequest -Uri "https://$($env:AZURE_FUNCTION_APP_HOSTNAME)/" -TimeoutSec 30 -SkipHttpErrorCheck | Out-Null } catch { }
    $key = az functionapp keys list @subscription --resource-group $env:AZURE_RESOURCE_GROUP --name $env:AZURE_FUNCTION_APP_NAME `
        --query 'systemKeys.blobs_extension' --output tsv 2>$null
    if ($LASTEXITCODE -ne 0) { $key = '' }
    if (-not $key) { Start-Sleep -Seconds 10 }
}

$endpoint = "https://$($env:AZURE_FUNCTION_APP_HOSTNAME)/runtime/webhooks/blobs?functionName=Host.Functions.$($env:UPLOAD_FUNCTION_NAME)&code=$key"
$subject = "/blobServices/default/containers/$($env:UPLOADS_CONTAINER_NAME)/"

# Retries (30 attempts, 24 hours), then dead-lettered by the topic's own identity, as in postdeploy.sh.
az eventgrid system-topic event-subscription create @subscription `
    --resource-group $env:AZURE_RESOURCE_GROUP `
    --system-topic-name $env:EVENT_GRID_SYSTEM_TOPIC_NAME `
    --name $env:EVENT_GRID_SUBSCRIPTION_NAME `
    --endpoint-type webhook `
    --endpoint $endpoint `
    --included-event-types Microsoft.Storage.BlobCreated `
    --subject-begins-with $subject `
    --max-delivery-attempts 30 `
    --event-ttl 1440 `
    --deadletter-identity systemassigned `
    --deadletter-identity-endpoint $env:EVENT_GRID_DEADLETTER_CONTAINER_ID `
    --output none
if ($LASTEXITCODE -ne 0) { Fail 'creating the Event Grid subscription failed' }

Write-Host "postdeploy: Event Grid subscription $($env:EVENT_GRID_SUBSCRIPTION_NAME) delivers BlobCreated under $subject to $($env:UPLOAD_FUNCTION_NAME)."
