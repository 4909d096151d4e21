using AllianceBot.Testing;

namespace AllianceBot.IntegrationTests.Protocol.Authentication;

public sealed class BotIdentityStartupTests
{
    [Fact]
    public async Task StartAsync_ProductionWithoutAppId_RefusesToStart()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotHost.StartAsync(environment: "Production"));

        Assert.Contains("MicrosoftAppId is not set", error.Message, StringComparison.Ordinal);
    }
}
