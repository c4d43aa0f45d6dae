// The one storage account: our private containers, tables and queues, the Functions host's own storage and the
// Flex Consumption deployment container. Keys are off (allowSharedKeyAccess: false): everyone signs in with Entra ID,
// and download links are user delegation SAS.

param name string
param location string
param tags object

@description('Zone-redundant by default: the archive, evidence and backups survive the loss of a zone. Regions without zones need Standard_LRS or Standard_GRS.')
@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS'])
param skuName string = 'Standard_ZRS'

param uploadsContainerName string
param resultsContainerName string
param archiveContainerName string
param evidenceContainerName string
param reportsContainerName string
param backupsContainerName string
param deploymentContainerName string

@description('Where Event Grid puts upload events it could not deliver after every retry (the platform\'s, not the app\'s).')
param deadLetterContainerName string

@description('Days each table export stays write-protected (WORM); the lifecycle rule deletes it a day after.')
@minValue(1)
param backupRetentionDays int = 35

@description('Log Analytics workspace receiving the blob read, write and delete logs; empty for none.')
param logAnalyticsWorkspaceId string = ''

@description('Prefix of every table name (setting TablePrefix): letters and digits only.')
param tablePrefix string

param notificationsQueueName string

@description('Days each archived workbook version is write-protected (version-level WORM). The policy is created unlocked: lock it once retention is agreed, which cannot be undone.')
@minValue(1)
param archiveRetentionDays int

@description('Days a previous blob version or a deleted blob stays restorable outside the archive.')
param softDeleteDays int = 14

@description('Origins allowed to PUT uploads and GET downloads straight to blob storage through the page\'s short-lived links.')
param corsAllowedOrigins array = []

// Every container, table and queue the app names (StorageNames) is created here, before the app's first start: the
// app creates whatever is missing too, but in the background, and nothing may wait on that. ProvisioningParityTests
// compiles this template and fails when a name in StorageNames has no resource here.

// The app's tables: <prefix><suffix> (StorageNames.Tables).
var tableSuffixes = [
  'Submissions'
  'Rows'
  'Pointers'
  'Audit'
  'Inventories'
  'Runs'
  'Verification'
]

// Queues a trigger reads; their names are constants in code (StorageNames), not settings.
var triggerQueueNames = [
  'pack-requests' // BuildPack: one message per subsidiary pack
  'webjobs-blobtrigger-poison' // PoisonedUpload: where the host moves a blob that failed every retry
]

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    dnsEndpointType: 'Standard'
    // Subsidiaries upload over the internet (SAS or their own Entra ID sign-in); Event Grid delivers from Azure.
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2024-01-01' = {
  parent: account
  name: 'default'
  properties: {
    // Version-level immutability on the archive needs versioning on the account.
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteDays
    }
    // The web page uploads with a create-only SAS and downloads with a read SAS, from the Function App's origin.
    cors: {
      corsRules: empty(corsAllowedOrigins) ? [] : [
        {
          allowedOrigins: corsAllowedOrigins
          allowedMethods: [ 'GET', 'PUT', 'HEAD', 'OPTIONS' ]
          allowedHeaders: [ '*' ]
          exposedHeaders: [ '*' ]
          maxAgeInSeconds: 600
        }
      ]
    }
  }
}

resource plainContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2024-01-01' = [
  for container in [uploadsContainerName, resultsContainerName, reportsContainerName, deploymentContainerName, deadLetterContainerName]: {
    parent: blobService
    name: container
    properties: {
      publicAccess: 'None'
    }
  }
]

// Accepted workbooks, one blob per SHA-256: the evidence a verifier traces figures back to. Every version is WORM for
// archiveRetentionDays; an overwrite can only add a version, never change or delete a protected one.
resource archiveContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2024-01-01' = {
  parent: blobService
  name: archiveContainerName
  properties: {
    publicAccess: 'None'
    immutableStorageWithVersioning: {
      enabled: true
    }
  }
}

resource archivePolicy 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2024-01-01' = {
  parent: archiveContainer
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: archiveRetentionDays
    allowProtectedAppendWrites: false
  }
}

// Evidence files beside each submission (invoices, meter readings, verification statements), under <code>/<year>/:
// written create-only by the app, and WORM like the archive, since verifiers trace figures to them.
resource evidenceContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2024-01-01' = {
  parent: blobService
  name: evidenceContainerName
  properties: {
    publicAccess: 'None'
    immutableStorageWithVersioning: {
      enabled: true
    }
  }
}

resource evidencePolicy 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2024-01-01' = {
  parent: evidenceContainer
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: archiveRetentionDays
    allowProtectedAppendWrites: false
  }
}

// The daily table exports (TableExport): written create-only by the app and WORM for backupRetentionDays, so neither a
// mistake nor a stolen identity can alter or delete a backup before it expires.
resource backupsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2024-01-01' = {
  parent: blobService
  name: backupsContainerName
  properties: {
    publicAccess: 'None'
    immutableStorageWithVersioning: {
      enabled: true
    }
  }
}

resource backupsPolicy 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2024-01-01' = {
  parent: backupsContainer
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: backupRetentionDays
    allowProtectedAppendWrites: false
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2024-01-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2024-01-01' = [
  for suffix in tableSuffixes: {
    parent: tableService
    name: '${tablePrefix}${suffix}'
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2024-01-01' = {
  parent: account
  name: 'default'
}

resource notificationsQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2024-01-01' = {
  parent: queueService
  name: notificationsQueueName
}

resource triggerQueues 'Microsoft.Storage/storageAccounts/queueServices/queues@2024-01-01' = [
  for queue in triggerQueueNames: {
    parent: queueService
    name: queue
  }
]

// The host moves a message that failed every retry of a queue trigger to '<queue>-poison'.
resource poisonQueues 'Microsoft.Storage/storageAccounts/queueServices/queues@2024-01-01' = [
  for queue in triggerQueueNames: {
    parent: queueService
    name: '${queue}-poison'
  }
]

// Versioning keeps every overwrite; outside the archive, old versions are only an undo buffer. reports/ is not listed:
// a document's versions are its history (earlier plans and packs stay readable), so none of them expires.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2024-01-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'expire-previous-versions'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: ['blockBlob']
              prefixMatch: [
                '${uploadsContainerName}/'
                '${resultsContainerName}/'
                '${deploymentContainerName}/'
              ]
            }
            actions: {
              version: {
                delete: {
                  daysAfterCreationGreaterThan: softDeleteDays
                }
              }
            }
          }
        }
        {
          // A daily full export kept for its retention, then removed (WORM refuses it any earlier).
          name: 'expire-table-exports'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: ['blockBlob']
              prefixMatch: ['${backupsContainerName}/']
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterCreationGreaterThan: backupRetentionDays + 1
                }
              }
              version: {
                delete: {
                  daysAfterCreationGreaterThan: backupRetentionDays + 1
                }
              }
            }
          }
        }
      ]
    }
  }
}

// Who read, wrote or deleted which blob, kept in Log Analytics (table StorageBlobLogs): a verifier's or an auditor's
// question about the archive and the published reports is answered there (docs/deploy.md has the query by container).
// The setting is per blob service, so it covers every container; the query picks archive/ and reports/.
resource blobLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = if (!empty(logAnalyticsWorkspaceId)) {
  name: 'blob-access-to-log-analytics'
  scope: blobService
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        category: 'StorageRead'
        enabled: true
      }
      {
        category: 'StorageWrite'
        enabled: true
      }
      {
        category: 'StorageDelete'
        enabled: true
      }
    ]
  }
}

output name string = account.name
output id string = account.id
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output tableEndpoint string = account.properties.primaryEndpoints.table
output deadLetterContainerId string = resourceId('Microsoft.Storage/storageAccounts/blobServices/containers', account.name, 'default', deadLetterContainerName)
