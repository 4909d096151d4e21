// The Azure Bot resource: it authenticates as the Function App's user-assigned identity (no app password), posts
// activities to the Function App's /api/messages and carries the Microsoft Teams channel and, when Slack
// credentials are given, the Slack channel.

@description('Bot handle (resource name), 2-64 characters; Slack\'s event URL ends with it.')
@minLength(2)
@maxLength(64)
param name string

@description('Display name shown in channels.')
param displayName string

@description('Tags for the resources.')
param tags object = {}

@description('Pricing tier: F0 (free, 10,000 premium-channel messages a month; Teams and Slack are standard channels) or S1.')
@allowed(['F0', 'S1'])
param sku string = 'F0'

@description('Messaging endpoint, https://<function app host>/api/messages.')
param endpoint string

@description('Resource id of the user-assigned identity the bot authenticates as.')
param identityId string

@description('Client id of that identity (the bot\'s Microsoft App ID).')
param identityClientId string

@description('Tenant of that identity.')
param identityTenantId string

@description('Slack app client id (Basic Information > App Credentials); empty to skip the Slack channel.')
param slackClientId string = ''

@description('Slack app client secret; empty to skip the Slack channel.')
@secure()
param slackClientSecret string = ''

@description('Slack app signing secret; empty to skip the Slack channel.')
@secure()
param slackSigningSecret string = ''

@description('Slack app verification token (legacy; optional).')
@secure()
param slackVerificationToken string = ''

@description('Page Slack users land on after adding the app; empty for the Bot Service default.')
param slackLandingPageUrl string = ''

var slackEnabled = !empty(slackClientId) && !empty(slackClientSecret) && !empty(slackSigningSecret)

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppId: identityClientId
    msaAppMSIResourceId: identityId
    msaAppTenantId: identityTenantId
    msaAppType: 'UserAssignedMSI'
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource slack 'Microsoft.BotService/botServices/channels@2022-09-15' = if (slackEnabled) {
  parent: bot
  name: 'SlackChannel'
  location: 'global'
  properties: {
    channelName: 'SlackChannel'
    properties: {
      isEnabled: true
      clientId: slackClientId
      clientSecret: slackClientSecret
      signingSecret: slackSigningSecret
      verificationToken: empty(slackVerificationToken) ? null : slackVerificationToken
      landingPageUrl: empty(slackLandingPageUrl) ? null : slackLandingPageUrl
      registerBeforeOAuthFlow: true
    }
  }
}

output name string = bot.name
output appId string = identityClientId
output endpoint string = bot.properties.endpoint
output teamsChannel string = teams.name
output slackChannelEnabled bool = slackEnabled
