// The Function App on the Flex Consumption plan (FC1, Linux, isolated worker). It runs as the user-assigned identity
// for everything: its host storage, our storage connection (GhgStorage), the deployment container and telemetry.
// No account key or connection string appears in its settings.

param name string
param planName string
param location string
param tags object

@description('Service name in azure.yaml; azd finds the app by this tag.')
param serviceName string

param identityId string
param identityClientId string

param blobEndpoint string
param queueEndpoint string
param tableEndpoint string
param deploymentContainerName string
param applicationInsightsConnectionString string

param uploadsContainerName string
param resultsContainerName string
param archiveContainerName string
param evidenceContainerName string
param reportsContainerName string
param backupsContainerName string
param tablePrefix string
param notificationsQueueName string

@description('GWP set the calculations use and report (ISO 14064-1 9.3.1 t).')
param gwpSet string

@description('Residual-mix factor id for market-based Scope 2; empty uses the grid average as a disclosed proxy.')
param residualMixFactor string

@description('NCRONTAB (six fields, UTC) for the annual reduction plan.')
param planSchedule string

@description('NCRONTAB (six fields, UTC) for the ISO 14064-1 reporting packs.')
param packSchedule string

@description('Where notifications are posted; empty for none. May carry a token, hence secure.')
@secure()
param notificationWebhookUrl string

@description('Entra ID app registration (client id) that signs people in to the web page (App Service authentication). Empty: authentication stays off, and the page signs nobody in.')
param authClientId string = ''

@description('Tenant of that app registration.')
param authTenantId string = tenant().tenantId

@description('Key Vault URI of that app registration\'s client secret (keyvault.bicep); the platform reads it with the app\'s identity. Empty with authentication on: no secret, which only suits a registration that needs none.')
param authClientSecretUri string = ''

@allowed(['dotnet-isolated'])
param runtimeName string = 'dotnet-isolated'
param runtimeVersion string = '10.0'

@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Flex Consumption accepts 40 to 1000; the subscription\'s regional memory quota can bound it lower.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

// Every setting the app reads; SettingsCoverageTests checks this block against the code and local.settings.sample.json.
// Storage connections are identity-based (<Name>__<service>ServiceUri, __credential, __clientId): the shape both the
// bindings and StorageClients read. No account key, no connection string.
var appSettings = {
  // Host storage (keys, timer schedule monitor, blob receipts).
  AzureWebJobsStorage__blobServiceUri: blobEndpoint
  AzureWebJobsStorage__queueServiceUri: queueEndpoint
  AzureWebJobsStorage__tableServiceUri: tableEndpoint
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  // Our containers, tables and queues (connection "GhgStorage").
  GhgStorage__blobServiceUri: blobEndpoint
  GhgStorage__queueServiceUri: queueEndpoint
  GhgStorage__tableServiceUri: tableEndpoint
  GhgStorage__credential: 'managedidentity'
  GhgStorage__clientId: identityClientId
  // Telemetry with Entra ID (local auth is off on Application Insights).
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  // Names.
  UploadsContainer: uploadsContainerName
  ResultsContainer: resultsContainerName
  ArchiveContainer: archiveContainerName
  EvidenceContainer: evidenceContainerName
  ReportsContainer: reportsContainerName
  BackupsContainer: backupsContainerName
  TablePrefix: tablePrefix
  NotificationsQueue: notificationsQueueName
  // Calculation.
  GwpSet: gwpSet
  ResidualMixFactor: residualMixFactor
  // Sector pathway curves (versioned reference data shipped with the app).
  PathwayCurveSet: 'seed-fitted'
  // Schedules and notifications.
  PlanSchedule: planSchedule
  PackSchedule: packSchedule
  NotificationWebhookUrl: notificationWebhookUrl
  // Development sign-in (tokens from `ghg signin`): off in Azure. Callers are identified by App Service authentication.
  DevSignInKey: ''
  // Exactly one upload trigger: Event Grid here (the postdeploy hook subscribes it), polling stays off.
  'AzureWebJobs.SubmissionUploaded.Disabled': 'false'
  'AzureWebJobs.SubmissionUploadedPolling.Disabled': 'true'
}

var authEnabled = !empty(authClientId)
var authSecretSetting = 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET'
// Read by the platform's authentication module, not by the app: a Key Vault reference, resolved with the identity
// named in keyVaultReferenceIdentity. The secret itself never appears in the site's configuration.
var authAppSettings = authEnabled
  ? { '${authSecretSetting}': empty(authClientSecretUri) ? '' : '@Microsoft.KeyVault(SecretUri=${authClientSecretUri})' }
  : {}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references (the sign-in secret) are read as the user-assigned identity, not a system one.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      runtime: {
        name: runtimeName
        version: runtimeVersion
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
    }
  }

  resource settings 'config' = {
    name: 'appsettings'
    properties: union(appSettings, authAppSettings)
  }

  // App Service authentication in front of the app. Anonymous requests still reach it: the timers and queues need no
  // sign-in, and the web API and on-demand routes answer 401 themselves (WebApi). What the platform adds is the
  // caller: it signs people in with Entra ID, sets X-MS-CLIENT-PRINCIPAL (roles, subsidiary claim) and strips any
  // that a client sent; the app trusts that header only when the platform says authentication is on.
  resource authentication 'config' = if (authEnabled) {
    name: 'authsettingsV2'
    properties: {
      platform: {
        enabled: true
      }
      globalValidation: {
        requireAuthentication: false
        unauthenticatedClientAction: 'AllowAnonymous'
      }
      identityProviders: {
        azureActiveDirectory: {
          enabled: true
          registration: {
            clientId: authClientId
            clientSecretSettingName: authSecretSetting
            openIdIssuer: '${environment().authentication.loginEndpoint}${authTenantId}/v2.0'
          }
          validation: {
            allowedAudiences: [
              'api://${authClientId}'
              authClientId
            ]
          }
        }
      }
      login: {
        tokenStore: {
          enabled: true
        }
      }
    }
  }

  // Deployments authenticate with Entra ID; no publishing passwords.
  resource scmCredentials 'basicPublishingCredentialsPolicies' = {
    name: 'scm'
    properties: {
      allow: false
    }
  }

  resource ftpCredentials 'basicPublishingCredentialsPolicies' = {
    name: 'ftp'
    properties: {
      allow: false
    }
  }
}

output name string = functionApp.name
output defaultHostName string = functionApp.properties.defaultHostName
