using System.Net;
using AllianceBot.Testing;

namespace AllianceBot.IntegrationTests.Hosting;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_OnRunningBotHost_AnswersOk()
    {
        await using var host = await BotHost.StartAsync();

        using var response = await host.Client.GetAsync("health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ok", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
