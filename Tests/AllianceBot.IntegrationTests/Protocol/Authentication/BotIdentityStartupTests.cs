using AllianceBot.Testing;
using Microsoft.Extensions.Options;

namespace AllianceBot.IntegrationTests.Protocol.Authentication;

public sealed class BotIdentityStartupTests
{
    [Fact]
    public async Task StartAsync_ProductionWithoutAppId_RefusesToStart()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(environment: "Production"));

        Assert.Contains("MicrosoftAppId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ProductionWithAppId_Starts()
    {
        await using var issuer = await LoopbackIssuer.StartAsync();

        await using var host = await BotHost.StartAsync(issuer.Settings("app-1"), environment: "Production");

        Assert.NotNull(host.Address);
    }
}
