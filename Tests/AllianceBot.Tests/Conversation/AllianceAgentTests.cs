using System.Text.Json;
using AllianceBot.Bot.Answering;
using AllianceBot.Bot.Conversation;
using AllianceBot.Bot.Protocol;
using AllianceBot.Bot.Subscriptions;
using AllianceBot.Facts;
using AllianceBot.Testing.Facts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Tests.Conversation;

public sealed class AllianceAgentTests
{
    [Fact]
    public async Task OnTurnAsync_SubscribeWithoutSubscriptions_SaysTheyAreNotAvailable()
    {
        using var services = Services();
        var turn = Turn("subscribe at 8:00");

        await services.GetRequiredService<IActivityHandler>().OnTurnAsync(turn, TestContext.Current.CancellationToken);

        Assert.Contains("not available", Single(turn), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_SubscribeWithSubscriptions_HandsOverCommandAndArguments()
    {
        var commands = new RecordingCommands();
        using var services = Services(s => s.AddSingleton<ISubscriptionCommands>(commands));

        await services.GetRequiredService<IActivityHandler>().OnTurnAsync(Turn("subscribe at 8:00 Europe/Warsaw"), TestContext.Current.CancellationToken);

        Assert.Equal((SubscriptionCommandNames.Subscribe, "at 8:00 Europe/Warsaw"), Assert.Single(commands.Calls));
    }

    [Fact]
    public async Task OnTurnAsync_HandlerThrows_LogsAndRepliesBriefly()
    {
        using var services = Services(s => s.AddSingleton<ISubscriptionCommands>(new RecordingCommands { Throw = true }));
        var turn = Turn("digest now");

        var response = await services.GetRequiredService<IActivityHandler>().OnTurnAsync(turn, TestContext.Current.CancellationToken);

        Assert.Null(response);
        Assert.StartsWith("Sorry, something went wrong", Assert.Single(turn.Sent).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_InstallThenMembersAdded_WelcomesOnce()
    {
        using var services = Services();
        var agent = services.GetRequiredService<IActivityHandler>();
        var conversation = new ConversationAccount("a:installed-once");
        var install = new RecordingTurnContext(Base("installationUpdate") with { Action = "add", Conversation = conversation });
        var added = new RecordingTurnContext(Base("conversationUpdate") with { Conversation = conversation, MembersAdded = [new ChannelAccount("29:ana"), new ChannelAccount("28:bot")] });

        await agent.OnTurnAsync(install, TestContext.Current.CancellationToken);
        await agent.OnTurnAsync(added, TestContext.Current.CancellationToken);

        Assert.Contains("Welcome to AllianceBot", Single(install), StringComparison.Ordinal);
        Assert.Empty(added.Sent);
    }

    [Fact]
    public async Task OnTurnAsync_UserAdded_SendsNothing()
    {
        using var services = Services();
        var turn = new RecordingTurnContext(Base("conversationUpdate") with { MembersAdded = [new ChannelAccount("29:ana")] });

        await services.GetRequiredService<IActivityHandler>().OnTurnAsync(turn, TestContext.Current.CancellationToken);

        Assert.Empty(turn.Sent);
    }

    private static ServiceProvider Services(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddFacts();
        services.AddConversation();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        var index = provider.GetRequiredService<FactIndex>();
        index.Add(FixtureFacts.All);
        index.MarkReady();
        return provider;
    }

    private static Activity Base(string type) => new()
    {
        Type = type,
        ChannelId = "msteams",
        From = new ChannelAccount("29:ana"),
        Recipient = new ChannelAccount("28:bot", "Alliance Bot"),
        Conversation = new ConversationAccount($"a:{Guid.NewGuid():N}"),
    };

    private static RecordingTurnContext Turn(string text) => new(Base(ActivityTypes.Message) with { Text = text });

    private static string Single(RecordingTurnContext turn) =>
        JsonSerializer.Serialize(Assert.Single(turn.Sent), AllianceBot.Bot.Protocol.ActivityJson.Options);

    private sealed class RecordingCommands : ISubscriptionCommands
    {
        public bool Throw { get; init; }

        public List<(string Command, string Arguments)> Calls { get; } = [];

        public Task HandleAsync(ITurnContext turn, string command, string arguments, CancellationToken ct = default)
        {
            Calls.Add((command, arguments));
            return Throw ? throw new InvalidOperationException("Subscriptions store is down.") : Task.CompletedTask;
        }
    }
}
