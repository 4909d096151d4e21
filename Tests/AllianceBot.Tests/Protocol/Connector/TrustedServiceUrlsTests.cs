using AllianceBot.Bot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace AllianceBot.Tests.Protocol.Connector;

public sealed class TrustedServiceUrlsTests
{
    private static TrustedServiceUrls Trust(params string[] hosts) =>
        new(Options.Create(new ConnectorOptions { TrustedServiceUrlHosts = hosts.Length == 0 ? null : hosts }));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations", true)]
    [InlineData("https://slack.botframework.com/v3/conversations", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc/v3", true)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://botframework.com.attacker.example/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("http://127.0.0.1:5000/_connector", false)]
    public void IsTrusted_DefaultHosts_OnlyHttpsBotFrameworkAndTeams(string url, bool trusted)
    {
        Assert.Equal(trusted, Trust().IsTrusted(new Uri(url)));
    }

    [Fact]
    public void IsTrusted_AfterAuthenticatedActivity_TrustsThatServiceUrlOnly()
    {
        var trust = Trust();

        trust.Trust("http://127.0.0.1:5000/_connector");

        Assert.True(trust.IsTrusted(new Uri("http://127.0.0.1:5000/_connector/v3/conversations/a/activities")));
        Assert.False(trust.IsTrusted(new Uri("http://127.0.0.1:5001/_connector/v3/conversations/a/activities")));
    }

    [Fact]
    public void IsTrusted_ConfiguredHosts_ReplaceDefaults()
    {
        var trust = Trust("connector.example.org");

        Assert.True(trust.IsTrusted(new Uri("https://connector.example.org/v3/")));
        Assert.False(trust.IsTrusted(new Uri("https://smba.trafficmanager.net/emea/")));
    }
}
