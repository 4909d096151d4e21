using System.Text.Json;
using AllianceBot.Bot.Conversation;
using AllianceBot.Bot.Protocol;

namespace AllianceBot.Tests.Conversation;

public sealed class CardActionsTests
{
    [Fact]
    public void SubmittedCommand_ActionSubmitData_GivesCommand()
    {
        var activity = Message() with { Value = Json("""{"command":"subscribe"}""") };

        Assert.Equal("subscribe", CardActions.SubmittedCommand(activity));
    }

    [Fact]
    public void SubmittedCommand_SlackButtonPayload_GivesItsValue()
    {
        var activity = Message() with { ChannelData = Json("""{"SlackMessage":{"payload":{"type":"block_actions","actions":[{"action_id":"command-0","value":"latest"}]}}}""") };

        Assert.Equal("latest", CardActions.SubmittedCommand(activity));
    }

    [Fact]
    public void SubmittedCommand_TypedMessage_GivesNull()
    {
        Assert.Null(CardActions.SubmittedCommand(Message() with { Text = "help", ChannelData = Json("""{"tenant":{"id":"t"}}""") }));
    }

    [Fact]
    public void ExecutedCommand_ActionExecute_GivesDataCommandOrVerb()
    {
        var withData = new Activity { Type = ActivityTypes.Invoke, Value = Json("""{"action":{"type":"Action.Execute","verb":"x","data":{"command":"digest now"}}}""") };
        var verbOnly = new Activity { Type = ActivityTypes.Invoke, Value = Json("""{"action":{"type":"Action.Execute","verb":"sources"}}""") };

        Assert.Equal("digest now", CardActions.ExecutedCommand(withData));
        Assert.Equal("sources", CardActions.ExecutedCommand(verbOnly));
    }

    private static Activity Message() => new() { Type = ActivityTypes.Message };

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
