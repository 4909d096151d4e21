using System.Text;
using System.Text.Json;
using AllianceBot.Bot.Protocol;

namespace AllianceBot.Tests.Protocol;

public sealed class ActivityJsonTests
{
    private const string TeamsMessage = """
        {
          "type": "message", "id": "m1", "text": "<at>Alliance Bot</at> what happened?",
          "from": { "id": "29:user", "name": "Ana", "aadObjectId": "aad-1" },
          "recipient": { "id": "28:bot", "name": "Alliance Bot" },
          "conversation": { "id": "a:conv", "conversationType": "personal", "tenantId": "tenant-1" },
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "channelId": "msteams",
          "timestamp": "2026-11-25T10:34:56.949Z",
          "entities": [
            { "type": "mention", "mentioned": { "id": "28:bot", "name": "Alliance Bot" }, "text": "<at>Alliance Bot</at>" },
            { "type": "clientInfo", "locale": "en-US" }
          ],
          "channelData": { "tenant": { "id": "tenant-1" }, "eventType": "x" },
          "somethingNew": { "nested": [1, 2] }
        }
        """;

    private static Activity Parse(string json) => ActivityJson.Deserialize(Encoding.UTF8.GetBytes(json))!;

    [Fact]
    public void Deserialize_TeamsMessage_ReadsModelledFields()
    {
        var activity = Parse(TeamsMessage);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("a:conv", activity.Conversation!.Id);
        Assert.Equal("aad-1", activity.From!.AadObjectId);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 10, 34, 56, 949, TimeSpan.Zero), activity.Timestamp);
    }

    [Fact]
    public void Serialize_ActivityWithUnknownFields_RoundTripsThem()
    {
        var activity = Parse(TeamsMessage);

        using var json = JsonDocument.Parse(ActivityJson.Serialize(activity));

        Assert.Equal("[1,2]", json.RootElement.GetProperty("somethingNew").GetProperty("nested").GetRawText());
        Assert.Equal("x", json.RootElement.GetProperty("channelData").GetProperty("eventType").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("entities").GetArrayLength());
    }

    [Fact]
    public void Serialize_NullFields_AreOmittedAndNamesCamelCase()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "hi", ReplyToId = "r1" };

        var json = ActivityJson.Serialize(activity);

        Assert.Equal("""{"type":"message","text":"hi","replyToId":"r1"}""", json);
    }

    [Fact]
    public void Deserialize_MissingType_GivesNullTypeInsteadOfThrowing()
    {
        var activity = Parse("""{"text":"hi"}""");

        Assert.Null(activity.Type);
        Assert.Equal("hi", activity.Text);
    }

    [Fact]
    public void CreateReply_InboundMessage_SwapsAccountsAndSetsReplyToId()
    {
        var inbound = Parse(TeamsMessage);

        var reply = inbound.CreateReply("answer");

        Assert.Equal("28:bot", reply.From!.Id);
        Assert.Equal("29:user", reply.Recipient!.Id);
        Assert.Equal("a:conv", reply.Conversation!.Id);
        Assert.Equal("m1", reply.ReplyToId);
        Assert.Null(reply.ServiceUrl);
    }

    [Fact]
    public void FromActivity_TeamsMessage_TakesUserBotAndTenant()
    {
        var inbound = Parse(TeamsMessage) with { Conversation = new ConversationAccount("a:conv") };

        var reference = ConversationReference.FromActivity(inbound);

        Assert.Equal("29:user", reference.User!.Id);
        Assert.Equal("28:bot", reference.Bot.Id);
        Assert.Equal("tenant-1", reference.TenantId);
        Assert.Equal("m1", reference.ActivityId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reference.ServiceUrl);
    }

    [Fact]
    public void Serialize_ConversationReference_RoundTrips()
    {
        var reference = ConversationReference.FromActivity(Parse(TeamsMessage));

        var back = JsonSerializer.Deserialize<ConversationReference>(ActivityJson.Serialize(reference), ActivityJson.Options);

        Assert.Equal(reference, back);
    }
}
