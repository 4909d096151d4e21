// AllianceBot on Azure: `azd up` deploys this at subscription scope. It makes one resource group holding a
// storage account (no shared keys), a user-assigned identity with data roles on it, Log Analytics + Application
// Insights, a Flex Consumption Function App running Functions/, and an Azure Bot with Teams (and optional Slack).
targetScope = 'subscription'

@description('azd environment name; names the resource group and seeds the unique resource suffix.')
@minLength(1)
@maxLength(64)
param environmentName string

@description('Region for every regional resource (one that offers Flex Consumption).')
@minLength(1)
@metadata({ azd: { type: 'location' } })
param location string

@description('Object id of the developer running azd (AZURE_PRINCIPAL_ID) to grant storage data roles for local runs; empty for none.')
param principalId string = ''

@description('Kind of principal principalId is: User for a person, ServicePrincipal when azd runs in CI.')
@allowed(['User', 'ServicePrincipal'])
param principalType string = 'User'

@description('Bot display name in Teams and Slack.')
param botDisplayName string = 'AllianceBot'

@description('Azure Bot pricing tier.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('NCRONTAB (UTC) of the digest timer. Every 5 minutes, so each subscriber gets the digest within 5 minutes of their hour.')
param digestSchedule string = '0 */5 * * * *'

@description('NCRONTAB (UTC) of the news feed poll.')
param feedSchedule string = '0 */15 * * * *'

@description('Optional news feed (RSS/Atom) URL to ingest; empty for none.')
param feedUrl string = ''

@description('Slack app client id; leave empty to deploy without the Slack channel.')
param slackClientId string = ''

@description('Slack app client secret.')
@secure()
param slackClientSecret string = ''

@description('Slack app signing secret.')
@secure()
param slackSigningSecret string = ''

@description('Slack app verification token (legacy; optional).')
@secure()
param slackVerificationToken string = ''

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = '${abbrs.webSitesFunctions}alliancebot-${resourceToken}'
var deploymentContainerName = 'app-package-${take(resourceToken, 7)}'
var identityName = '${abbrs.managedIdentityUserAssignedIdentities}alliancebot-${resourceToken}'
var storageAccountName = '${abbrs.storageStorageAccounts}${resourceToken}'

resource rg 'Microsoft.Resources/resourceGroups@2024-11-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: storageAccountName
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  dependsOn: [identity, storage] // referenced by name so What-If can predict the assignments
  params: {
    storageAccountName: storageAccountName
    identityName: identityName
    developerPrincipalId: principalId
    developerPrincipalType: principalType
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

module function 'app/function.bicep' = {
  name: 'function'
  scope: rg
  dependsOn: [rbac] // the host needs its storage roles before it starts
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    storageBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: storage.outputs.deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    digestSchedule: digestSchedule
    feedSchedule: feedSchedule
    feedUrl: feedUrl
  }
}

module bot 'app/bot.bicep' = {
  name: 'bot'
  scope: rg
  params: {
    name: '${abbrs.botServiceBotServices}alliancebot-${resourceToken}'
    displayName: botDisplayName
    tags: tags
    sku: botSku
    endpoint: 'https://${function.outputs.defaultHostName}/api/messages'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    identityTenantId: identity.outputs.tenantId
    slackClientId: slackClientId
    slackClientSecret: slackClientSecret
    slackSigningSecret: slackSigningSecret
    slackVerificationToken: slackVerificationToken
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_FUNCTION_APP_NAME string = function.outputs.name
output SERVICE_API_NAME string = function.outputs.name
output SERVICE_API_URI string = 'https://${function.outputs.defaultHostName}'
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output BOT_NAME string = bot.outputs.name
output BOT_APP_ID string = bot.outputs.appId
output BOT_TENANT_ID string = identity.outputs.tenantId
output BOT_ENDPOINT string = bot.outputs.endpoint
output SLACK_CHANNEL_ENABLED bool = bot.outputs.slackChannelEnabled
output SLACK_EVENTS_URL string = 'https://slack.botframework.com/api/Events/${bot.outputs.name}'
