using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AllianceBot.Bot.Protocol;
using AllianceBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.IntegrationTests.Protocol;

public sealed class MessagesEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Message(Uri serviceUrl, string type = "message", string? extra = null) => $$"""
        {"type":"{{type}}","id":"act-1","text":"hello","channelId":"msteams","serviceUrl":"{{serviceUrl}}",
         "from":{"id":"29:ana","name":"Ana"},"recipient":{"id":"28:bot","name":"Bot"},
         "conversation":{"id":"a:conv;1|x"}{{extra}}}
        """;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Post_Message_RepliesThroughConnector()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        // The conversation replaces the default handler; these tests are about the endpoint, so they use the default.
        await using var host = await BotHost.StartAsync(services: s => s.AddSingleton<IActivityHandler, HelpActivityHandler>());

        using var response = await host.Client.PostAsync("api/messages", Json(Message(connector.ServiceUrl)), Ct);
        var call = await connector.NextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("POST", call.Method);
        Assert.Equal("/v3/conversations/a%3Aconv%3B1%7Cx/activities/act-1", call.RawPath);
        Assert.Equal(HelpActivityHandler.HelpText, call.Text);
        Assert.Equal("29:ana", call.Body!.Value.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("act-1", call.Body!.Value.GetProperty("replyToId").GetString());
        Assert.Equal(string.Empty, call.Authorization);
    }

    [Fact]
    public async Task Post_ExpectReplies_ReturnsRepliesInBody()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        // The conversation replaces the default handler; these tests are about the endpoint, so they use the default.
        await using var host = await BotHost.StartAsync(services: s => s.AddSingleton<IActivityHandler, HelpActivityHandler>());

        using var response = await host.Client.PostAsync("api/messages", Json(Message(connector.ServiceUrl, extra: ""","deliveryMode":"expectReplies" """)), Ct);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(body.RootElement.GetProperty("activities").EnumerateArray());
        Assert.Equal(HelpActivityHandler.HelpText, reply.GetProperty("text").GetString());
        Assert.Empty(connector.Received);
    }

    [Fact]
    public async Task Post_InvokeWithoutHandlerResponse_Answers501()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = await BotHost.StartAsync();

        using var response = await host.Client.PostAsync("api/messages", Json(Message(connector.ServiceUrl, "invoke")), Ct);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Post_InvokeHandledByAgent_AnswersItsStatusAndBody()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = await BotHost.StartAsync(services: s => s.AddSingleton<IActivityHandler, InvokeEcho>());

        using var response = await host.Client.PostAsync("api/messages", Json(Message(connector.ServiceUrl, "invoke", ""","name":"adaptiveCard/action","value":{"v":7}""")), Ct);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(7, body.RootElement.GetProperty("echo").GetProperty("v").GetInt32());
    }

    [Theory]
    [InlineData("{not json", "Malformed JSON")]
    [InlineData("", "Malformed JSON")]
    [InlineData("[1,2]", "Malformed JSON")]
    [InlineData("null", "not an activity")]
    [InlineData("""{"serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"}}""", "'type'")]
    [InlineData("""{"type":"message","conversation":{"id":"c"}}""", "'serviceUrl'")]
    [InlineData("""{"type":"message","serviceUrl":"not a url","conversation":{"id":"c"}}""", "'serviceUrl'")]
    [InlineData("""{"type":"message","serviceUrl":"file:///etc/passwd","conversation":{"id":"c"}}""", "'serviceUrl'")]
    [InlineData("""{"type":"message","serviceUrl":"http://127.0.0.1:9/"}""", "'conversation.id'")]
    [InlineData("""{"type":"message","serviceUrl":"http://127.0.0.1:9/","conversation":{}}""", "'conversation.id'")]
    [InlineData("""{"type":"message","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"},"timestamp":"yesterday"}""", "Malformed JSON")]
    [InlineData("""{"type":42,"serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"}}""", "Malformed JSON")]
    public async Task Post_BadActivity_Answers400NamingTheProblem(string body, string expected)
    {
        await using var host = await BotHost.StartAsync();

        using var response = await host.Client.PostAsync("api/messages", Json(body), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BodyOver256KB_Answers413()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = await BotHost.StartAsync();
        var big = Message(connector.ServiceUrl, extra: $$""","value":{"pad":"{{new string('x', 300 * 1024)}}"}""");

        using var response = await host.Client.PostAsync("api/messages", Json(big), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(connector.Received);
    }

    [Fact]
    public async Task Post_ChunkedBodyOver256KB_Answers413()
    {
        await using var host = await BotHost.StartAsync();
        using var content = new StreamContent(new MemoryStream(new byte[300 * 1024]));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await host.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenButNoAppIdConfigured_Answers401()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = await BotHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = Json(Message(connector.ServiceUrl)) };
        request.Headers.Authorization = new("Bearer", "eyJhbGciOiJSUzI1NiJ9.e30.c2ln");

        using var response = await host.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(connector.Received);
    }

    [Fact]
    public async Task Get_Messages_Answers405()
    {
        await using var host = await BotHost.StartAsync();

        using var response = await host.Client.GetAsync("api/messages", Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Head_Messages_Answers200()
    {
        await using var host = await BotHost.StartAsync();

        using var response = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "api/messages"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownActivityType_Answers200WithoutReply()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = await BotHost.StartAsync();

        using var response = await host.Client.PostAsync("api/messages", Json(Message(connector.ServiceUrl, "somethingNew")), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(connector.Received);
    }

    private sealed class InvokeEcho : IActivityHandler
    {
        public Task<InvokeResponse?> OnTurnAsync(ITurnContext turn, CancellationToken ct = default) =>
            Task.FromResult<InvokeResponse?>(new InvokeResponse(202, JsonSerializer.SerializeToElement(new { echo = turn.Activity.Value })));
    }
}
