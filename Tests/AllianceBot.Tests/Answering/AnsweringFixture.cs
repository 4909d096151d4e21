using AllianceBot.Testing.Facts;
using AllianceBot.Bot.Answering;
using AllianceBot.Bot.Understanding;
using AllianceBot.Facts.Model;
using AllianceBot.Tests.Understanding;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AllianceBot.Tests.Answering;

/// <summary>A fact index of the fixture facts with the parser and composer around it; "today" is Wednesday 6 March 2024.</summary>
internal sealed class AnsweringFixture : IDisposable
{
    public AnsweringFixture(IEnumerable<Fact>? facts = null)
    {
        var all = (facts ?? FixtureFacts.All).ToList();
        Index.Add(all);
        Index.MarkReady();
        var people = new PeopleDirectory();
        people.Add(all);
        Parser = new QuestionParser(new TimePhraseParser(new FakeTimeProvider(new DateTimeOffset(2024, 3, 6, 12, 0, 0, TimeSpan.Zero))), people, new FakeCountryFinder());
        Composer = new AnswerComposer(Options.Create(new AnsweringOptions()), new Suggestions(Index));
    }

    public FactIndex Index { get; } = new();

    public QuestionParser Parser { get; }

    public AnswerComposer Composer { get; }

    public SearchResult Search(string question) => FactSearch.Search(Index, Parser.Parse(question));

    public Answer Answer(string text)
    {
        var question = Parser.Parse(text);
        return Composer.Compose(question, FactSearch.Search(Index, question));
    }

    public void Dispose() => Index.Dispose();
}
