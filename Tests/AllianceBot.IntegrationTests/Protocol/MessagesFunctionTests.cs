using System.Text;
using AllianceBot.Bot.Protocol;
using AllianceBot.Functions.Http;
using AllianceBot.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.IntegrationTests.Protocol;

/// <summary>The Functions host's <c>/api/messages</c> runs the same endpoint: called directly, replying to a real loopback connector.</summary>
public sealed class MessagesFunctionTests
{
    [Fact]
    public async Task Run_Message_AnswersOkAndReplies()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        // The conversation replaces the default handler; this test is about the function, so it uses the default.
        await using var host = await BotHost.StartAsync(services: s => s.AddSingleton<IActivityHandler, HelpActivityHandler>());
        var function = new MessagesFunction(host.Services.GetRequiredService<MessagesEndpoint>());
        var context = Context($$"""
            {"type":"message","id":"f1","text":"hi","channelId":"emulator","serviceUrl":"{{connector.ServiceUrl}}",
             "from":{"id":"user"},"recipient":{"id":"bot"},"conversation":{"id":"c-1|livechat"} }
            """, host.Services);

        var result = await function.Run(context.Request);

        Assert.IsType<EmptyResult>(result);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal(HelpActivityHandler.HelpText, (await connector.NextAsync()).Text);
    }

    [Fact]
    public async Task Run_MalformedBody_Answers400()
    {
        await using var host = await BotHost.StartAsync();
        var function = new MessagesFunction(host.Services.GetRequiredService<MessagesEndpoint>());
        var context = Context("{\"type\":", host.Services);

        await function.Run(context.Request);

        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
    }

    private static DefaultHttpContext Context(string json, IServiceProvider services)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        context.Response.Body = new MemoryStream();
        return context;
    }
}
