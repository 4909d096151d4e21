// The Flex Consumption plan (FC1) and the Function App that runs Functions/ (.NET 10 isolated). It runs as the
// user-assigned identity: storage by RBAC (no keys), the deployment package pulled from a blob container by the
// same identity, and the identity's client id doubles as the bot's Microsoft App ID.

@description('Name of the Function App (also its default host name).')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region.')
param location string

@description('Tags for the resources; the app also gets azd-service-name so `azd deploy` finds it.')
param tags object = {}

@description('azd service name from azure.yaml.')
param serviceName string = 'api'

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity.')
param identityClientId string

@description('Name of the storage account (AzureWebJobsStorage and the app data).')
param storageAccountName string

@description('Blob endpoint of the storage account, e.g. https://st123.blob.core.windows.net/.')
param storageBlobEndpoint string

@description('Container that holds the deployment package.')
param deploymentContainerName string

@description('Application Insights connection string.')
param applicationInsightsConnectionString string

@description('Functions runtime stack.')
param runtimeName string = 'dotnet-isolated'

@description('Runtime version (.NET).')
param runtimeVersion string = '10.0'

@description('Most instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory per instance in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('NCRONTAB (6 fields, UTC) of the digest timer: when due digests are looked for.')
param digestSchedule string

@description('NCRONTAB (6 fields, UTC) of the feed timer: when news feeds are polled.')
param feedSchedule string

@description('Optional news feed URL to ingest (Feeds__Urls__0); empty for none.')
param feedUrl string = ''

var baseSettings = {
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  MicrosoftAppId: identityClientId
  MicrosoftAppType: 'UserAssignedMSI'
  MicrosoftAppTenantId: tenant().tenantId
  DIGEST_SCHEDULE: digestSchedule
  FEED_SCHEDULE: feedSchedule
}
var feedSettings = empty(feedUrl) ? {} : { Feeds__Urls__0: feedUrl }

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-11-01' = {
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
    siteConfig: {
      minTlsVersion: '1.2'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: runtimeName
        version: runtimeVersion
      }
    }
  }
}

resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: app
  name: 'appsettings'
  properties: union(baseSettings, feedSettings)
}

// No FTP or basic-auth publishing: azd deploys with an Entra ID token.
resource ftpPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

output id string = app.id
output name string = app.name
output defaultHostName string = app.properties.defaultHostName
