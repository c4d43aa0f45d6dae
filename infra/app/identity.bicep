// The one identity the Function App runs as. User-assigned, so role assignments exist before the app does and the
// app's settings can name it (GhgStorage__clientId): ManagedIdentityCredential never falls through to another credential.

param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
