using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceBot.Testing.Cards;
using AllianceBot.Testing.Facts;

namespace AllianceBot.IntegrationTests.Conversation;

/// <summary>Questions and commands through the real Bot host (/api/messages), facts in Azurite, replies at a loopback connector.</summary>
public sealed class ConversationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Teams_YesNoQuestion_RepliesWithValidCardLeadingWithTheAnswer()
    {
        await using var bot = await BotConversation.StartAsync(FixtureFacts.All, Ct);

        var reply = await bot.ExchangeAsync(bot.Activity("msteams", text: "Has Article 5 been invoked?"), Ct);

        var card = Card(reply);
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(card, Ct));
        var text = Texts(card);
        Assert.StartsWith("No.", text[1], StringComparison.Ordinal);
        Assert.Contains(text, t => t.Contains("after the attacks of 2001", StringComparison.Ordinal));
        Assert.Contains(text, t => t.Contains("(https://example.org/explainer/article-5)", StringComparison.Ordinal));
        Assert.StartsWith("Has Article 5 been invoked?: No.", reply.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teams_QuestionMentioningTheBot_AnswersWithTheQuotes()
    {
        await using var bot = await BotConversation.StartAsync(FixtureFacts.All, Ct);
        var activity = bot.Activity("msteams", text: "<at>Alliance Bot</at> What did Halvorsen say?");
        activity["entities"] = JsonNode.Parse("""[{"type":"mention","mentioned":{"id":"28:bot","name":"Alliance Bot"},"text":"<at>Alliance Bot</at>"}]""");

        var reply = await bot.ExchangeAsync(activity, Ct);

        var text = Texts(Card(reply));
        Assert.Contains("Mira Halvorsen, Secretary General, said:", text);
        Assert.Contains("“Our resolve has never been stronger”", text);
        Assert.Contains(text, t => t.Contains("4 Mar 2024", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Slack_Question_RepliesWithAValidSlackMessage()
    {
        await using var bot = await BotConversation.StartAsync(FixtureFacts.All, Ct);

        var reply = await bot.ExchangeAsync(bot.Activity("slack", text: "<@B0BOT> where is Germany sending troops?"), Ct);

        var data = reply.GetProperty("channelData");
        Assert.False(reply.TryGetProperty("attachments", out _));
        Assert.Empty(await SlackPayloadValidator.ValidateAsync(data.GetRawText(), Ct));
        Assert.Contains("armoured brigade to Lithuania", data.GetProperty("blocks")[1].GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("<https://example.org/daily/exercise|Example Daily>", data.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulator_UnknownQuestion_SaysSoAndSuggestsQuestions()
    {
        await using var bot = await BotConversation.StartAsync(FixtureFacts.All, Ct);

        var reply = await bot.ExchangeAsync(bot.Activity("emulator", text: "What is the weather on Mars?"), Ct);

        var text = Texts(Card(reply));
        Assert.Contains("I don't know anything about that", text[1], StringComparison.Ordinal);
        Assert.Contains(text, t => t.Contains("Has Article 5 been invoked?", StringComparison.Ordinal));
        Assert.Equal(2 + 1, text.Count);
    }

    [Fact]
    public async Task Emulator_BotAdded_SendsWelcomeWithSubscribeButton()
    {
        await using var bot = await BotConversation.StartAsync(FixtureFacts.All, Ct);
        var activity = bot.Activity("emulator", "conversationUpdate");
        activity["membersAdded"] = JsonNode.Parse("""[{"id":"29:ana"},{"id":"28:bot"}]""");

        var reply = await bot.ExchangeAsync(activity, Ct);

        var card = Card(reply);
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(card, Ct));
        Assert.Equal("Welcome to AllianceBot", Texts(card)[0]);
        Assert.Contains(card.GetProperty("actions").EnumerateArray(), a => a.GetProperty("data").GetProperty("command").GetString() == "subscribe");
    }

    [Fact]
    public async Task Teams_CardSubmitValue_RunsItsCommand()
    {
        await using var bot = await BotConversation.StartAsync(FixtureFacts.All, Ct);
        var activity = bot.Activity("msteams");
        activity["value"] = JsonNode.Parse("""{"command":"sources"}""");

        var reply = await bot.ExchangeAsync(activity, Ct);

        var text = Texts(Card(reply));
        Assert.Equal("Sources", text[0]);
        Assert.Contains(text, t => t.Contains("Exercise moves east", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Teams_ActionExecuteInvoke_RunsItsVerbAndAnswersTheInvoke()
    {
        await using var bot = await BotConversation.StartAsync(FixtureFacts.All, Ct);
        var activity = bot.Activity("msteams", "invoke");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = JsonNode.Parse("""{"action":{"type":"Action.Execute","verb":"latest","data":{"command":"latest"}},"trigger":"manual"}""");

        using var response = await bot.PostAsync(activity, Ct);
        var call = await bot.Connector.NextAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("Latest facts", Texts(Card(call.Body!.Value))[0]);
    }

    [Fact]
    public async Task OtherChannel_Question_RepliesInPlainText()
    {
        await using var bot = await BotConversation.StartAsync(FixtureFacts.All, Ct);

        var reply = await bot.ExchangeAsync(bot.Activity("telegram", text: "fighter jets"), Ct);

        Assert.Contains("Canada is sending fighter jets to Romania.", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("https://example.org/daily/exercise", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private static JsonElement Card(JsonElement activity)
    {
        var attachment = Assert.Single(activity.GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        return attachment.GetProperty("content");
    }

    /// <summary>The card's TextBlock texts, in order (containers flattened).</summary>
    private static List<string> Texts(JsonElement card)
    {
        var texts = new List<string>();
        Collect(card.GetProperty("body"), texts);
        return texts;
    }

    private static void Collect(JsonElement items, List<string> texts)
    {
        foreach (var item in items.EnumerateArray())
        {
            if (item.GetProperty("type").GetString() == "TextBlock")
            {
                texts.Add(item.GetProperty("text").GetString()!);
            }
            else if (item.TryGetProperty("items", out var inner))
            {
                Collect(inner, texts);
            }
        }
    }
}
