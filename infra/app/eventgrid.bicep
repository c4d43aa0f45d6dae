// The Event Grid system topic for the storage account's events. Its subscription, which delivers BlobCreated events
// under uploads/ to the blob trigger's webhook, needs the app's blobs_extension key and so is created after code is
// deployed, by scripts/postdeploy.sh (or .ps1).

param name string
param location string
param tags object
param storageAccountId string

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storageAccountId
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = systemTopic.name
