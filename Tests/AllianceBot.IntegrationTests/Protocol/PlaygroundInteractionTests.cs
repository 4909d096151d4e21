using System.Collections.Concurrent;
using System.Text.Json;
using AllianceBot.Bot.Protocol;
using AllianceBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.IntegrationTests.Protocol;

/// <summary>Card submits, invokes, mock activities and attachments through the real Agents Playground.</summary>
public sealed class PlaygroundInteractionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SubmitAsync_CardValue_BotGetsMessageWithValue()
    {
        var handler = new RecordingHandler();
        await using var bot = await BotHost.StartAsync(services: s => s.AddSingleton<IActivityHandler>(handler));
        await using var playground = await PlaygroundHost.StartAsync(new Uri(bot.Address, "api/messages"), ct: Ct);

        await playground.SendAsync("show me the card", ct: Ct);
        var card = await playground.NextBotMessageAsync(ct: Ct);

        await playground.SubmitAsync(card, new { command = "subscribe", hour = 7 }, Ct);
        var reply = await playground.NextBotMessageAsync(ct: Ct);

        Assert.Equal("got message", reply.Text);
        var received = Assert.Single(handler.Received, a => a.Value is not null);
        Assert.Equal(7, received.Value!.Value.GetProperty("hour").GetInt32());
    }

    [Fact]
    public async Task InvokeAsync_ActionExecute_ReturnsHandlersInvokeResponseBody()
    {
        var handler = new RecordingHandler();
        await using var bot = await BotHost.StartAsync(services: s => s.AddSingleton<IActivityHandler>(handler));
        await using var playground = await PlaygroundHost.StartAsync(new Uri(bot.Address, "api/messages"), ct: Ct);

        await playground.SendAsync("show me the card", ct: Ct);
        var card = await playground.NextBotMessageAsync(ct: Ct);

        var body = await playground.InvokeAsync(card, "adaptiveCard/action", new { action = new { type = "Action.Execute", verb = "feedback", data = new { vote = "down" } } }, Ct);

        Assert.Equal("Thanks", body!.Value.GetProperty("value").GetString());
        var invoke = Assert.Single(handler.Received, a => a.IsType(ActivityTypes.Invoke));
        Assert.Equal("feedback", invoke.Value!.Value.GetProperty("action").GetProperty("verb").GetString());
    }

    [Fact]
    public async Task SendActivityAsync_ConversationUpdate_ReachesBot()
    {
        var handler = new RecordingHandler();
        await using var bot = await BotHost.StartAsync(services: s => s.AddSingleton<IActivityHandler>(handler));
        await using var playground = await PlaygroundHost.StartAsync(new Uri(bot.Address, "api/messages"), ct: Ct);
        var template = await playground.ActivityTemplateAsync("botAdded", ct: Ct);

        await playground.SendActivityAsync(template, Ct);
        var reply = await playground.NextBotMessageAsync(ct: Ct);

        Assert.Equal("got conversationUpdate", reply.Text);
    }

    [Fact]
    public async Task NextBotMessageAsync_ReplyWithTextAndCard_ArrivesAsTextThenCard()
    {
        var handler = new RecordingHandler { WithCard = true };
        await using var bot = await BotHost.StartAsync(services: s => s.AddSingleton<IActivityHandler>(handler));
        await using var playground = await PlaygroundHost.StartAsync(new Uri(bot.Address, "api/messages"), PlaygroundHost.Emulator, Ct);

        await playground.SendAsync("card please", ct: Ct);
        var text = await playground.NextBotMessageAsync(ct: Ct);
        var card = await playground.NextBotMessageAsync(ct: Ct);

        Assert.Equal("got message", text.Text);
        var attachment = Assert.Single(card.Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
    }

    [Fact]
    public async Task CreateConversationAndSend_Proactive_MessageAppearsInUsersChat()
    {
        await using var bot = await BotHost.StartAsync();
        await using var playground = await PlaygroundHost.StartAsync(new Uri(bot.Address, "api/messages"), ct: Ct);
        var connector = bot.Services.GetRequiredService<IConnectorClient>();
        var config = playground.Config;
        var team = new ConversationReference(PlaygroundHost.Teams, playground.ServiceUrl, new ConversationAccount("unused"), new ChannelAccount(config.BotId))
        {
            TenantId = config.TenantId,
        };

        var personal = await connector.CreateConversationAsync(team, new ChannelAccount(config.UserId), Ct);
        var sent = await connector.SendAsync(personal!, personal!.CreateMessage("Your digest is ready"), Ct);
        var message = await playground.NextBotMessageAsync(ct: Ct);

        Assert.Equal(config.PersonalChatId, personal.Conversation.Id);
        Assert.IsType<SendResult.Sent>(sent);
        Assert.Equal("Your digest is ready", message.Text);
    }

    /// <summary>Replies "got {type}" to every activity (with a card when asked) and answers invokes with a message.</summary>
    private sealed class RecordingHandler : IActivityHandler
    {
        public ConcurrentQueue<Activity> Received { get; } = new();

        public bool WithCard { get; init; }

        public async Task<InvokeResponse?> OnTurnAsync(ITurnContext turn, CancellationToken ct = default)
        {
            Received.Enqueue(turn.Activity);
            if (turn.Activity.IsType(ActivityTypes.Invoke))
            {
                return new InvokeResponse(200, JsonSerializer.SerializeToElement(new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = "Thanks" }));
            }

            var reply = turn.Activity.CreateReply("got " + turn.Activity.Type);
            if (WithCard)
            {
                var card = JsonSerializer.SerializeToElement(new { type = "AdaptiveCard", version = "1.5", body = new[] { new { type = "TextBlock", text = "Digest" } } });
                reply = reply with { Attachments = [new Attachment("application/vnd.microsoft.card.adaptive") { Content = card }] };
            }

            await turn.SendAsync(reply, ct);
            return null;
        }
    }
}
