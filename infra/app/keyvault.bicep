// The sign-in client secret, kept in Key Vault instead of an app setting. The vault authorises by RBAC only; the app's
// identity may read secrets and nothing else, and the platform reads the secret through a Key Vault reference with
// that identity (functions.bicep: keyVaultReferenceIdentity). Nothing is stored when no secret is given.

param name string
param location string
param tags object

@description('Principal (object) id of the app\'s user-assigned identity: Key Vault Secrets User on this vault.')
param appPrincipalId string

@description('Client secret of the sign-in app registration; empty stores nothing.')
@secure()
param authClientSecret string = ''

var secretName = 'auth-client-secret'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(authClientSecret)) {
  parent: vault
  name: secretName
  properties: {
    value: authClientSecret
    contentType: 'Entra ID client secret (App Service authentication)'
  }
}

resource appReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appPrincipalId, keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

output name string = vault.name
// Versionless: a rotated secret is picked up by the platform without a redeployment. Stored only when a secret was
// given (main.bicep passes the URI on only then).
output authClientSecretUri string = '${vault.properties.vaultUri}secrets/${secretName}'
