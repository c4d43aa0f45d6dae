// GhgReports in Azure: one resource group holding the storage account (private containers, tables, queues), the Flex
// Consumption Function App with its user-assigned identity, monitoring, and the Event Grid system topic.
// Deployed by `azd up`; scripts/postdeploy.sh then subscribes the upload trigger to Event Grid.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; with the subscription and location it seeds the names of all resources.')
param environmentName string

@minLength(1)
@description('Region for all resources (one that offers the Flex Consumption plan).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the deploying user or pipeline principal, granted data roles on the storage account for debugging; empty for none.')
param principalId string = ''

@allowed(['User', 'ServicePrincipal', 'Group'])
param principalType string = 'User'

@description('GWP set for every calculation and report (setting GwpSet). A deliberate, reported choice: see docs/deploy.md.')
@allowed(['AR4', 'AR5', 'AR6'])
param gwpSet string

@description('Residual-mix factor id for market-based Scope 2 (setting ResidualMixFactor); empty uses the grid average as a disclosed proxy.')
param residualMixFactor string = ''

@description('NCRONTAB, six fields, UTC: when the annual reduction plan is built (setting PlanSchedule).')
param planSchedule string = '0 0 6 15 1 *'

@description('NCRONTAB, six fields, UTC: when the ISO 14064-1 reporting packs are built (setting PackSchedule).')
param packSchedule string = '0 0 7 15 1 *'

@description('Webhook notified when a plan or pack is ready (setting NotificationWebhookUrl); empty for none.')
@secure()
param notificationWebhookUrl string = ''

@description('Days each archived workbook version stays write-protected (WORM).')
@minValue(1)
param archiveRetentionDays int = 3653

@description('Storage redundancy: zone-redundant by default; Standard_LRS or Standard_GRS where the region has no zones.')
@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS'])
param storageSkuName string = 'Standard_ZRS'

@description('Upper bound on Flex Consumption instances: caps both fan-out and cost. Flex Consumption accepts 40 to 1000.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Email address the alerts are sent to (function failures, poison queues, Event Grid delivery, telemetry cap).')
param alertEmail string = ''

@description('Days each daily table export stays write-protected (WORM) before it is deleted.')
@minValue(1)
param backupRetentionDays int = 35

@description('Prefix of every table name (setting TablePrefix).')
param tablePrefix string = 'Ghg'

@description('Entra ID app registration (client id) for signing in to the web page; empty leaves App Service authentication off.')
param authClientId string = ''

@description('Client secret of that app registration: stored in Key Vault, read by the platform with the app\'s identity.')
@secure()
param authClientSecret string = ''

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }

// Container names and the notifications queue: the app reads them from settings, so these are the only place they are
// fixed. The queues that triggers read are named in code; app/storage.bicep lists them.
var uploadsContainerName = 'uploads'
var resultsContainerName = 'results'
var archiveContainerName = 'archive'
var evidenceContainerName = 'evidence'
var reportsContainerName = 'reports'
var backupsContainerName = 'backups'
// Event Grid's, not the app's: upload events it could not deliver after its retries.
var deadLetterContainerName = 'eventgrid-deadletter'
var notificationsQueueName = 'notifications'
var deploymentContainerName = 'app-package-${resourceToken}'

var functionAppName = '${abbrs.webSitesFunctions}${resourceToken}'
var eventGridTopicName = '${abbrs.eventGridSystemTopics}${resourceToken}'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    skuName: storageSkuName
    uploadsContainerName: uploadsContainerName
    resultsContainerName: resultsContainerName
    archiveContainerName: archiveContainerName
    evidenceContainerName: evidenceContainerName
    reportsContainerName: reportsContainerName
    backupsContainerName: backupsContainerName
    deadLetterContainerName: deadLetterContainerName
    deploymentContainerName: deploymentContainerName
    tablePrefix: tablePrefix
    notificationsQueueName: notificationsQueueName
    archiveRetentionDays: archiveRetentionDays
    backupRetentionDays: backupRetentionDays
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsId
    corsAllowedOrigins: [ 'https://${functionAppName}.azurewebsites.net' ]
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    appPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
}

module functions 'app/functions.bicep' = {
  name: 'functions'
  scope: rg
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    serviceName: 'functions'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    uploadsContainerName: uploadsContainerName
    resultsContainerName: resultsContainerName
    archiveContainerName: archiveContainerName
    evidenceContainerName: evidenceContainerName
    reportsContainerName: reportsContainerName
    backupsContainerName: backupsContainerName
    tablePrefix: tablePrefix
    notificationsQueueName: notificationsQueueName
    gwpSet: gwpSet
    residualMixFactor: residualMixFactor
    planSchedule: planSchedule
    packSchedule: packSchedule
    notificationWebhookUrl: notificationWebhookUrl
    maximumInstanceCount: maximumInstanceCount
    authClientId: authClientId
    authClientSecretUri: empty(authClientSecret) ? '' : keyVault.outputs.authClientSecretUri
  }
  // The host starts with its identity's data roles in place.
  dependsOn: [rbac]
}

module eventGrid 'app/eventgrid.bicep' = {
  name: 'eventgrid'
  scope: rg
  params: {
    name: eventGridTopicName
    location: location
    tags: tags
    storageAccountId: storage.outputs.id
    deadLetterContainerName: deadLetterContainerName
  }
}

module keyVault 'app/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: '${abbrs.keyVaultVaults}${resourceToken}'
    location: location
    tags: tags
    appPrincipalId: identity.outputs.principalId
    authClientSecret: authClientSecret
  }
}

module alerts 'app/alerts.bicep' = {
  name: 'alerts'
  scope: rg
  params: {
    location: location
    tags: tags
    actionGroupName: '${abbrs.insightsActionGroups}${resourceToken}'
    alertEmail: alertEmail
    applicationInsightsId: monitoring.outputs.applicationInsightsId
    logAnalyticsId: monitoring.outputs.logAnalyticsId
    eventGridTopicId: eventGrid.outputs.id
  }
}

// Read by azd and by scripts/postdeploy.*.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functions.outputs.name
output AZURE_FUNCTION_APP_HOSTNAME string = functions.outputs.defaultHostName
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output UPLOADS_CONTAINER_NAME string = uploadsContainerName
output RESULTS_CONTAINER_NAME string = resultsContainerName
output ARCHIVE_CONTAINER_NAME string = archiveContainerName
output EVIDENCE_CONTAINER_NAME string = evidenceContainerName
output REPORTS_CONTAINER_NAME string = reportsContainerName
output EVENT_GRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.name
output EVENT_GRID_DEADLETTER_CONTAINER_ID string = storage.outputs.deadLetterContainerId
output BACKUPS_CONTAINER_NAME string = backupsContainerName
output EVENT_GRID_SUBSCRIPTION_NAME string = '${abbrs.eventGridSubscriptions}${uploadsContainerName}'
output UPLOAD_FUNCTION_NAME string = 'SubmissionUploaded'
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
