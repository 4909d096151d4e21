// Data-plane roles on the storage account: the Function App's identity gets Blob Data Owner (host leases, timer
// checkpoints, the deployment package), Queue Data Contributor and Table Data Contributor (facts, subscriptions,
// work queues). An optional developer principal gets the same, to run the app locally against the Azure account.

@description('Name of the storage account in this resource group.')
param storageAccountName string

@description('Name of the Function App\'s user-assigned identity in this resource group.')
param identityName string

@description('Object id of a developer (user) to grant the same data roles; empty for none.')
param developerPrincipalId string = ''

@description('Kind of principal developerPrincipalId is.')
@allowed(['User', 'ServicePrincipal'])
param developerPrincipalType string = 'User'

var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}
var roleIds = [roles.storageBlobDataOwner, roles.storageQueueDataContributor, roles.storageTableDataContributor]

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource appRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in roleIds: {
    name: guid(storage.id, identity.id, roleId)
    scope: storage
    properties: {
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
    }
  }
]

resource developerRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in (empty(developerPrincipalId) ? [] : roleIds): {
    name: guid(storage.id, developerPrincipalId, roleId)
    scope: storage
    properties: {
      principalId: developerPrincipalId
      principalType: developerPrincipalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
    }
  }
]

output appRoleAssignmentCount int = length(appRoles)
output developerRoleAssignmentCount int = length(developerRoles)
