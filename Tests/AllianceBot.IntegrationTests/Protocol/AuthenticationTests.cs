using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AllianceBot.Testing;
using Microsoft.IdentityModel.Tokens;

namespace AllianceBot.IntegrationTests.Protocol;

/// <summary>The inbound authentication matrix, against a loopback OpenID issuer with its own keys.</summary>
public sealed class AuthenticationTests(AuthenticatedBotFixture bot) : IClassFixture<AuthenticatedBotFixture>
{
    private const string AppId = AuthenticatedBotFixture.AppId;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string ServiceUrl => bot.Connector.ServiceUrl.AbsoluteUri;

    private LoopbackIssuer Issuer => bot.Issuer;

    [Fact]
    public async Task Post_ValidChannelToken_IsProcessedAndReplyCarriesBotToken()
    {
        var (status, replies) = await PostAsync(Issuer.CreateChannelToken(AppId, ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, status);
        var reply = Assert.Single(replies);
        Assert.StartsWith("Bearer ey", reply.Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ValidEmulatorV1Token_IsProcessed()
    {
        var (status, replies) = await PostAsync(Issuer.CreateEmulatorToken(AppId, "1.0"), channelId: "emulator");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(replies);
    }

    [Fact]
    public async Task Post_ValidEmulatorV2Token_IsProcessed()
    {
        var (status, replies) = await PostAsync(Issuer.CreateEmulatorToken(AppId, "2.0", tenant: "f8cdef31-a31e-4b4a-93e4-5f571e91255a"), channelId: "emulator");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(replies);
    }

    [Fact]
    public async Task Post_TokenFromBotsOwnTenant_IsProcessed()
    {
        var (status, _) = await PostAsync(Issuer.CreateEmulatorToken(AppId, "2.0", tenant: AuthenticatedBotFixture.TenantId));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Post_TokenExpiredWithinClockSkew_IsProcessed()
    {
        var token = Issuer.CreateChannelToken(AppId, ServiceUrl, d => (d.NotBefore, d.Expires) = (DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddMinutes(-2)));

        var (status, _) = await PostAsync(token);

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Post_WrongIssuer_Answers401()
    {
        await AssertRefusedAsync(Issuer.CreateChannelToken(AppId, ServiceUrl, d => d.Issuer = "https://api.botframework.example"), "issuer");
    }

    [Fact]
    public async Task Post_OtherTenantIssuer_Answers401()
    {
        await AssertRefusedAsync(Issuer.CreateEmulatorToken(AppId, "2.0", tenant: "00000000-1111-2222-3333-444444444444"), "issuer");
    }

    [Fact]
    public async Task Post_WrongAudience_Answers401()
    {
        await AssertRefusedAsync(Issuer.CreateChannelToken("some-other-bot", ServiceUrl), "audience");
    }

    [Fact]
    public async Task Post_ExpiredToken_Answers401()
    {
        var token = Issuer.CreateChannelToken(AppId, ServiceUrl, d => (d.NotBefore, d.Expires) = (DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddMinutes(-10)));

        await AssertRefusedAsync(token, "expired");
    }

    [Fact]
    public async Task Post_NotYetValidToken_Answers401()
    {
        var token = Issuer.CreateChannelToken(AppId, ServiceUrl, d => (d.NotBefore, d.Expires) = (DateTime.UtcNow.AddMinutes(10), DateTime.UtcNow.AddHours(1)));

        await AssertRefusedAsync(token, "not valid yet");
    }

    [Fact]
    public async Task Post_BadSignature_Answers401()
    {
        var token = Issuer.CreateChannelToken(AppId, ServiceUrl);
        var parts = token.Split('.');
        var signature = Base64UrlEncoder.DecodeBytes(parts[2]);
        signature[10] ^= 0xFF;

        await AssertRefusedAsync($"{parts[0]}.{parts[1]}.{Base64UrlEncoder.Encode(signature)}", "signature");
    }

    [Fact]
    public async Task Post_PayloadAlteredAfterSigning_Answers401()
    {
        var token = Issuer.CreateChannelToken("some-other-bot", ServiceUrl);
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("some-other-bot", AppId, StringComparison.Ordinal);

        await AssertRefusedAsync($"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}", "signature");
    }

    [Fact]
    public async Task Post_UnknownSigningKey_Answers401()
    {
        await AssertRefusedAsync(Issuer.CreateChannelToken(AppId, ServiceUrl, key: LoopbackIssuer.NewKey("never-published")), "unknown key");
    }

    [Fact]
    public async Task Post_KeyNotEndorsedForChannel_Answers401()
    {
        await AssertRefusedAsync(Issuer.CreateChannelToken(AppId, ServiceUrl, key: Issuer.SlackOnlyKey), "endorsed");
    }

    [Fact]
    public async Task Post_KeyEndorsedForActivityChannel_IsProcessed()
    {
        var (status, _) = await PostAsync(Issuer.CreateChannelToken(AppId, ServiceUrl, key: Issuer.SlackOnlyKey), channelId: "slack");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Post_ServiceUrlClaimMismatch_Answers401()
    {
        await AssertRefusedAsync(Issuer.CreateChannelToken(AppId, "https://attacker.example/"), "serviceurl");
    }

    [Fact]
    public async Task Post_ChannelTokenWithoutServiceUrlClaim_Answers401()
    {
        await AssertRefusedAsync(Issuer.CreateChannelToken(AppId, serviceUrl: null), "serviceurl");
    }

    [Fact]
    public async Task Post_NoAuthorizationHeader_Answers401()
    {
        await AssertRefusedAsync(token: null, "No Authorization header");
    }

    [Fact]
    public async Task Post_NotBearerScheme_Answers401()
    {
        await AssertRefusedAsync(token: null, "Bearer", header: new AuthenticationHeaderValue("Basic", "Ym90OnNlY3JldA=="));
    }

    [Fact]
    public async Task Post_AlgNone_Answers401()
    {
        await AssertRefusedAsync(LoopbackIssuer.CreateUnsignedToken(AppId, ServiceUrl), "algorithm 'none'");
    }

    [Fact]
    public async Task Post_SymmetricAlgorithm_Answers401()
    {
        var token = Issuer.CreateChannelToken(AppId, ServiceUrl, d => d.SigningCredentials = new SigningCredentials(
            new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('k', 64))), SecurityAlgorithms.HmacSha256));

        await AssertRefusedAsync(token, "algorithm 'HS256'");
    }

    [Fact]
    public async Task Post_EmulatorV2TokenForOtherApp_Answers401()
    {
        var token = Issuer.CreateEmulatorToken(AppId, "2.0", adjust: d => d.Claims["azp"] = "someone-else");

        await AssertRefusedAsync(token, "'azp'", channelId: "emulator");
    }

    [Fact]
    public async Task Post_AcceptedTokenReusedForOtherServiceUrlOrChannel_Answers401()
    {
        var token = Issuer.CreateChannelToken(AppId, ServiceUrl, key: Issuer.SlackOnlyKey);
        var (accepted, _) = await PostAsync(token, channelId: "slack");

        var (otherServiceUrl, _, body) = await PostWithBodyAsync(token, "slack", header: null, serviceUrl: "https://elsewhere.example/");
        var (otherChannel, _, _) = await PostWithBodyAsync(token, "msteams", header: null);

        Assert.Equal(HttpStatusCode.OK, accepted);
        Assert.Equal(HttpStatusCode.Unauthorized, otherServiceUrl);
        Assert.Contains("serviceurl", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, otherChannel);
    }

    [Fact]
    public async Task Post_ManyValidTokens_FetchMetadataOnceAndTokenOnce()
    {
        await PostAsync(Issuer.CreateChannelToken(AppId, ServiceUrl));
        var metadata = Issuer.MetadataRequests;
        var tokens = bot.Credential.Requests;

        for (var i = 0; i < 5; i++)
        {
            await PostAsync(Issuer.CreateChannelToken(AppId, ServiceUrl));
        }

        Assert.Equal(metadata, Issuer.MetadataRequests);
        Assert.Equal(tokens, bot.Credential.Requests);
    }

    private async Task AssertRefusedAsync(string? token, string reason, string channelId = "msteams", AuthenticationHeaderValue? header = null)
    {
        var (status, replies, body) = await PostWithBodyAsync(token, channelId, header);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains(reason, body, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(replies);
    }

    private async Task<(HttpStatusCode Status, IReadOnlyList<ConnectorCall> Replies)> PostAsync(string token, string channelId = "msteams")
    {
        var (status, replies, _) = await PostWithBodyAsync(token, channelId, header: null);
        return (status, replies);
    }

    private async Task<(HttpStatusCode Status, IReadOnlyList<ConnectorCall> Replies, string Body)> PostWithBodyAsync(
        string? token, string channelId, AuthenticationHeaderValue? header, string? serviceUrl = null)
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        var json = $$"""
            {"type":"message","id":"m1","text":"hello","channelId":"{{channelId}}","serviceUrl":"{{serviceUrl ?? ServiceUrl}}",
             "from":{"id":"29:ana"},"recipient":{"id":"28:{{AppId}}"},"conversation":{"id":"{{conversation}}"} }
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = header ?? (token is null ? null : new AuthenticationHeaderValue("Bearer", token));

        using var response = await bot.Host.Client.SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        var replies = bot.Connector.Received.Where(c => c.Path.Contains(conversation, StringComparison.Ordinal)).ToList();
        return (response.StatusCode, replies, body);
    }
}
