using AllianceBot.Bot.Conversation;
using AllianceBot.Bot.Protocol;

namespace AllianceBot.Tests.Conversation;

public sealed class SlackChannelsTests
{
    [Theory]
    [InlineData("B0BOT:T0TEAM:C0CHANNEL", "what's new", true)]
    [InlineData("B0BOT:T0TEAM:C0CHANNEL", "<@U0BOT> what's new", false)]
    [InlineData("B0BOT:T0TEAM:D0DIRECT", "what's new", false)]
    public void IsUnaddressedChannelMessage_SlackConversation_AnswersOnlyDirectOrMentioned(string conversationId, string text, bool ignored)
    {
        var activity = new Activity { Type = ActivityTypes.Message, ChannelId = "slack", Text = text, Conversation = new ConversationAccount(conversationId) };

        Assert.Equal(ignored, SlackChannels.IsUnaddressedChannelMessage(activity));
    }

    [Fact]
    public void IsUnaddressedChannelMessage_Teams_IsNeverIgnored()
    {
        var activity = new Activity { Type = ActivityTypes.Message, ChannelId = "msteams", Text = "hi", Conversation = new ConversationAccount("19:x@thread.tacv2") { IsGroup = true } };

        Assert.False(SlackChannels.IsUnaddressedChannelMessage(activity));
    }
}
