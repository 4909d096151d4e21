using AllianceBot.Bot.Protocol.Authentication;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace AllianceBot.Tests.Protocol.Authentication;

public sealed class BotIdentityOptionsValidatorTests
{
    private static BotIdentityOptionsValidator In(string environment) => new(new Environment(environment));

    [Fact]
    public void Validate_NoAppIdInDevelopment_Succeeds()
    {
        Assert.True(In("Development").Validate(null, new BotIdentityOptions()).Succeeded);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Validate_NoAppIdOutsideDevelopment_Fails(string environment)
    {
        var result = In(environment).Validate(null, new BotIdentityOptions());

        Assert.True(result.Failed);
        Assert.Contains("MicrosoftAppId", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "secret", null, true)]
    [InlineData("MultiTenant", null, null, false)]
    [InlineData("SingleTenant", "secret", null, false)]
    [InlineData("SingleTenant", "secret", "tenant", true)]
    [InlineData("UserAssignedMSI", null, null, false)]
    [InlineData("userassignedmsi", null, "tenant", true)]
    [InlineData("Federated", "secret", "tenant", false)]
    public void Validate_AppTypeSettings_RequiresWhatEachTypeNeeds(string? type, string? password, string? tenant, bool valid)
    {
        var options = new BotIdentityOptions { MicrosoftAppId = "app", MicrosoftAppType = type, MicrosoftAppPassword = password, MicrosoftAppTenantId = tenant };

        var result = In("Production").Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
