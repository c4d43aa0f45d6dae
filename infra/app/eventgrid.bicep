// The Event Grid system topic for the storage account's events. Its subscription, which delivers BlobCreated events
// under uploads/ to the blob trigger's webhook, needs the app's blobs_extension key and so is created after code is
// deployed, by scripts/postdeploy.sh (or .ps1), with a retry policy and a dead-letter container that the topic writes
// to with its own identity (storage keys are off).

param name string
param location string
param tags object
param storageAccountId string

@description('Container (in that account) where undeliverable upload events are dead-lettered.')
param deadLetterContainerName string

var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: storageAccountId
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource storageAccount 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: last(split(storageAccountId, '/'))

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource deadLetters 'containers' existing = {
      name: deadLetterContainerName
    }
  }
}

// The topic writes dead letters with its own identity, to that one container only.
resource topicWritesDeadLetters 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storageAccount::blobService::deadLetters.id, systemTopic.id, storageBlobDataContributor)
  scope: storageAccount::blobService::deadLetters
  properties: {
    principalId: systemTopic.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
  }
}

output name string = systemTopic.name
output id string = systemTopic.id
output principalId string = systemTopic.identity.principalId
