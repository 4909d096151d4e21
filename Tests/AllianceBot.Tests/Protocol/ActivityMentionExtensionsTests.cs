using AllianceBot.Bot.Protocol;

namespace AllianceBot.Tests.Protocol;

public sealed class ActivityMentionExtensionsTests
{
    private static readonly ChannelAccount Bot = new("28:bot", "Alliance Bot");
    private static readonly ChannelAccount Ana = new("29:ana", "Ana");

    private static Activity Message(string text, params Mention[] mentions)
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = text, Recipient = Bot, From = Ana };
        return mentions.Aggregate(activity, (a, m) => a.WithMention(m));
    }

    [Fact]
    public void TextWithoutRecipientMention_BotMentioned_RemovesOnlyTheBot()
    {
        var activity = Message("<at>Alliance Bot</at> ask <at>Ana</at> about Poland", Mention.Of(Bot), Mention.Of(Ana));

        var text = activity.TextWithoutRecipientMention();

        Assert.Equal("ask <at>Ana</at> about Poland", text);
    }

    [Fact]
    public void TextWithoutRecipientMention_EntityTextDiffersInCase_StillRemoves()
    {
        var activity = Message("<AT>alliance bot</AT> latest", new Mention(Bot, "<at>Alliance Bot</at>"));

        Assert.Equal("latest", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void GetMentions_UnknownEntities_AreSkipped()
    {
        var activity = Message("hi", Mention.Of(Ana)) with
        {
            Entities = [System.Text.Json.JsonDocument.Parse("""{"type":"clientInfo"}""").RootElement, Mention.Of(Ana).ToEntity()],
        };

        var mentions = activity.GetMentions();

        Assert.Equal([Mention.Of(Ana)], mentions);
        Assert.False(activity.MentionsRecipient());
    }

    [Fact]
    public void ToEntity_Mention_HasWireShape()
    {
        var entity = Mention.Of(Bot).ToEntity();

        Assert.Equal("""{"mentioned":{"id":"28:bot","name":"Alliance Bot"},"text":"<at>Alliance Bot</at>","type":"mention"}""", entity.GetRawText());
    }
}
