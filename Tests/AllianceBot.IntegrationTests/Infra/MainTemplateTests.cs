using System.Text.Json.Nodes;

namespace AllianceBot.IntegrationTests.Infra;

/// <summary>What infra/main.bicep deploys, read from the compiled ARM template.</summary>
public sealed class MainTemplateTests
{
    [Fact]
    public async Task Storage_Account_AllowsNoSharedKeyNorPublicBlobs()
    {
        var storage = await SingleAsync("storage", "Microsoft.Storage/storageAccounts");

        var properties = storage["properties"]!;
        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
    }

    [Fact]
    public async Task FunctionApp_Runtime_IsDotnetIsolated10OnFlexConsumption()
    {
        var function = MainTemplate.Module(await CompiledAsync(), "function");

        var plan = MainTemplate.OfType(function, "Microsoft.Web/serverfarms").Single();
        var runtime = MainTemplate.OfType(function, "Microsoft.Web/sites").Single()["properties"]!["functionAppConfig"]!["runtime"]!;
        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("[parameters('runtimeName')]", (string?)runtime["name"]);
        Assert.Equal("dotnet-isolated", (string?)function["parameters"]!["runtimeName"]!["defaultValue"]);
        Assert.Equal("10.0", (string?)function["parameters"]!["runtimeVersion"]!["defaultValue"]);
    }

    [Fact]
    public async Task FunctionApp_Settings_UseIdentityForStorageAndBot()
    {
        var function = MainTemplate.Module(await CompiledAsync(), "function");

        var settings = function["variables"]!["baseSettings"]!.AsObject();
        Assert.Equal("managedidentity", (string?)settings["AzureWebJobsStorage__credential"]);
        Assert.Equal("UserAssignedMSI", (string?)settings["MicrosoftAppType"]);
        Assert.Superset(
            new HashSet<string>(["AzureWebJobsStorage__accountName", "AzureWebJobsStorage__clientId", "APPLICATIONINSIGHTS_CONNECTION_STRING", "MicrosoftAppId", "MicrosoftAppTenantId", "DIGEST_SCHEDULE", "FEED_SCHEDULE"]),
            settings.Select(p => p.Key).ToHashSet());
        Assert.DoesNotContain("AzureWebJobsStorage", settings.Select(p => p.Key));
    }

    [Fact]
    public async Task Rbac_Identity_GetsBlobOwnerQueueAndTableContributor()
    {
        var rbac = MainTemplate.Module(await CompiledAsync(), "rbac");

        var roles = rbac["variables"]!["roles"]!.AsObject().Select(p => (string?)p.Value).ToHashSet();
        Assert.Equal(
            new HashSet<string?>(["b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "974c5e8b-45b9-4653-ba55-5f855dd0fb88", "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"]),
            roles);
    }

    [Fact]
    public async Task Bot_Registration_IsUserAssignedMsiWithTeamsAndConditionalSlack()
    {
        var bot = MainTemplate.Module(await CompiledAsync(), "bot");

        var service = MainTemplate.OfType(bot, "Microsoft.BotService/botServices").Single();
        var channels = MainTemplate.OfType(bot, "Microsoft.BotService/botServices/channels").ToList();
        Assert.Equal("UserAssignedMSI", (string?)service["properties"]!["msaAppType"]);
        Assert.Equal("azurebot", (string?)service["kind"]);
        Assert.Contains(channels, c => (string?)c["properties"]!["channelName"] == "MsTeamsChannel" && c["condition"] is null);
        var slack = Assert.Single(channels, c => (string?)c["properties"]!["channelName"] == "SlackChannel");
        Assert.Equal("[variables('slackEnabled')]", (string?)slack["condition"]);
        var enabled = (string?)bot["variables"]!["slackEnabled"];
        Assert.Contains("slackClientId", enabled, StringComparison.Ordinal);
        Assert.Contains("slackClientSecret", enabled, StringComparison.Ordinal);
        Assert.Contains("slackSigningSecret", enabled, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("slackClientSecret")]
    [InlineData("slackSigningSecret")]
    [InlineData("slackVerificationToken")]
    public async Task Parameters_SlackSecret_IsSecureString(string name)
    {
        var template = await CompiledAsync();

        Assert.Equal("securestring", (string?)template["parameters"]![name]!["type"]);
        Assert.Equal("securestring", (string?)MainTemplate.Module(template, "bot")["parameters"]![name]!["type"]);
    }

    [Theory]
    [InlineData("BOT_APP_ID")]
    [InlineData("BOT_ENDPOINT")]
    [InlineData("AZURE_FUNCTION_APP_NAME")]
    [InlineData("AZURE_LOCATION")]
    [InlineData("AZURE_TENANT_ID")]
    [InlineData("AZURE_RESOURCE_GROUP")]
    public async Task Outputs_ForAzdAndTheAppPackage_AreDeclared(string name)
    {
        var template = await CompiledAsync();

        Assert.NotNull(template["outputs"]![name]);
    }

    [Fact]
    public async Task BotEndpoint_Output_IsTheFunctionAppMessagesRoute()
    {
        var template = await CompiledAsync();

        var endpoint = (string?)template["outputs"]!["BOT_ENDPOINT"]!["value"];
        var botModule = MainTemplate.OfType(template, "Microsoft.Resources/deployments").Single(d => (string?)d["name"] == "bot");
        Assert.Contains("defaultHostName", (string?)botModule["properties"]!["parameters"]!["endpoint"]!["value"], StringComparison.Ordinal);
        Assert.Contains("/api/messages", (string?)botModule["properties"]!["parameters"]!["endpoint"]!["value"], StringComparison.Ordinal);
        Assert.Contains("endpoint", endpoint, StringComparison.Ordinal);
    }

    private static async Task<JsonObject> CompiledAsync()
    {
        BicepTests.SkipUnlessBicepRuns();
        return await MainTemplate.GetAsync();
    }

    private static async Task<JsonObject> SingleAsync(string module, string type) =>
        MainTemplate.OfType(MainTemplate.Module(await CompiledAsync(), module), type).Single();
}
