using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AllianceBot.Testing;

namespace AllianceBot.IntegrationTests.Protocol;

/// <summary>Channel signing keys rotate: a token naming a key published after the bot cached the metadata is accepted.</summary>
public sealed class KeyRotationTests
{
    private const string AppId = "0b0e7a11-0000-4000-8000-000000000007";

    [Fact]
    public async Task Post_KeyPublishedAfterMetadataCached_IsAcceptedAfterRefresh()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var issuer = await LoopbackIssuer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = await BotHost.StartAsync(issuer.Settings(AppId), s => issuer.AddConnectorCredential(s));
        using var first = await PostAsync(host, issuer.CreateChannelToken(AppId, connector.ServiceUrl.AbsoluteUri), connector, ct);
        var rotated = LoopbackIssuer.NewKey("rotated-key");
        issuer.Publish(rotated, "msteams");

        using var response = await PostAsync(host, issuer.CreateChannelToken(AppId, connector.ServiceUrl.AbsoluteUri, key: rotated), connector, ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(ct));
    }

    private static Task<HttpResponseMessage> PostAsync(BotHost host, string token, LoopbackConnector connector, CancellationToken ct)
    {
        var json = $$"""
            {"type":"message","id":"m1","text":"hi","channelId":"msteams","serviceUrl":"{{connector.ServiceUrl}}",
             "from":{"id":"29:ana"},"recipient":{"id":"28:bot"},"conversation":{"id":"a:rotation"} }
            """;
        var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return host.Client.SendAsync(request, ct);
    }
}
