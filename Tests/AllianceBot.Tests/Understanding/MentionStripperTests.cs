using System.Text.Json;
using AllianceBot.Bot.Protocol;
using AllianceBot.Bot.Understanding;

namespace AllianceBot.Tests.Understanding;

public sealed class MentionStripperTests
{
    private static readonly ChannelAccount Bot = new("28:bot-id", "Alliance Bot");

    [Fact]
    public void Strip_TeamsMentionEntityOfBot_RemovesIt()
    {
        var activity = Message("<at>Alliance Bot</at> has Article 5 been invoked?", Mention("28:bot-id", "Alliance Bot", "<at>Alliance Bot</at>"));

        Assert.Equal("has Article 5 been invoked?", MentionStripper.Strip(activity));
    }

    [Fact]
    public void Strip_MentionOfSomeoneElse_KeepsTheirName()
    {
        var activity = Message("<at>Alliance Bot</at> what did <at>Mira Halvorsen</at> say?",
            Mention("28:bot-id", "Alliance Bot", "<at>Alliance Bot</at>"), Mention("29:user", "Mira Halvorsen", "<at>Mira Halvorsen</at>"));

        Assert.Equal("what did Mira Halvorsen say?", MentionStripper.Strip(activity));
    }

    [Fact]
    public void Strip_BotNameTagWithoutEntity_RemovesItByRecipientName()
    {
        Assert.Equal("latest", MentionStripper.Strip(Message("<at>Alliance Bot</at>&nbsp;latest")));
    }

    [Fact]
    public void Strip_SlackUserMentions_RemovesThem()
    {
        Assert.Equal("sources", MentionStripper.Strip(Message("<@U024BE7LH> sources <@W12AB|alliance>") with { ChannelId = "slack" }));
    }

    private static Activity Message(string text, params JsonElement[] entities) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = Bot,
        Entities = entities,
    };

    private static JsonElement Mention(string id, string name, string text) =>
        JsonSerializer.SerializeToElement(new { type = "mention", mentioned = new { id, name }, text });
}
