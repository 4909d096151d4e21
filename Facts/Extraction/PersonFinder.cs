using System.Text.RegularExpressions;

namespace AllianceBot.Facts.Extraction;

/// <summary>
/// Finds the people of an article. A person is introduced by a capitalised name after a title ("Ukrainian President
/// Volodymyr Zelensky", "Gen. Tod Wolters"), by a first and last name ("Justyna Gotkowska"), or by a surname that
/// speaks ("Stoltenberg told"); the role comes from the title, a role before the name ("Norway's defence minister")
/// or an appositive after it (", a program coordinator at …"). Later mentions by surname resolve to the full name.
/// </summary>
internal sealed partial class PersonFinder(Gazetteer gazetteer, KnownPeople known)
{
    private sealed record Candidate(int Start, int End, string[] Name, string? Title, bool Titled, int RunStart);

    /// <summary>Every mention of a person in <paramref name="text"/>, in order, resolved to the person as introduced.</summary>
    public IReadOnlyList<EntityMention> Find(string text, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = Candidates(text);
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        var bySurname = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var c in candidates.Where(c => c.Name.Length >= 2 || c.Titled))
        {
            Introduce(text, c, published, people, bySurname);
        }

        var mentions = new List<EntityMention>();
        foreach (var c in candidates)
        {
            var person = Resolve(text, c, published, people, bySurname);
            if (person is not null)
            {
                mentions.Add(new EntityMention(c.Start, c.End, EntityKind.Person, person.Name, person.Role, person.ActsFor));
            }
        }

        return mentions;
    }

    private List<Candidate> Candidates(string text)
    {
        var list = new List<Candidate>();
        for (var m = Run().Match(text); m.Success; m = m.NextMatch())
        {
            if (!m.ValueSpan.Contains(' ') && !MayBeName(m.ValueSpan))
            {
                continue;
            }

            var words = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            words[^1] = StripPossessive(words[^1]);
            var first = words.Length;
            while (first > 0 && NameWords.IsNameWord(words[first - 1]) && gazetteer.Lookup(words[first - 1]) is null)
            {
                first--;
            }

            if (first == words.Length)
            {
                continue;
            }

            var start = m.Index + WordOffset(m.Value, first);
            var end = m.Index + m.Value.TrimEnd().Length;
            end -= m.Value.EndsWith("’s", StringComparison.Ordinal) || m.Value.EndsWith("'s", StringComparison.Ordinal) ? 2 : 0;
            var (title, titled) = TitleBefore(words, first);
            list.Add(new Candidate(start, end, words[first..], title, titled, m.Index));
        }

        return list;
    }

    /// <summary>The title words right before the name ("Ukrainian President"), and whether one is a person's title.</summary>
    private (string? Title, bool Titled) TitleBefore(string[] words, int nameStart)
    {
        var from = nameStart;
        while (from > 0 && (NameWords.IsTitle(words[from - 1]) || gazetteer.Lookup(StripPossessive(words[from - 1])) is not null || words[from - 1] is "NATO" or "Nato" or "EU" or "UN"))
        {
            from--;
        }

        var titled = words[from..nameStart].Any(NameWords.PersonTitles.Contains);
        var role = string.Join(' ', words[from..nameStart].Select(NameWords.RoleForm).OfType<string>());
        return (role.Length > 0 && titled ? role : null, titled);
    }

    private void Introduce(string text, Candidate c, DateOnly published, Dictionary<string, Person> people, Dictionary<string, Person> bySurname)
    {
        var name = string.Join(' ', c.Name);
        if (people.ContainsKey(name) || (c.Name.Length == 1 && bySurname.ContainsKey(name)))
        {
            return;
        }

        var directory = known.Find(c.Name[^1], published);
        if (c.Name.Length == 1 && directory is not null)
        {
            name = directory.Name;
        }

        var role = c.Title ?? RoleBefore(text, c.RunStart) ?? Appositive(text, c.End);
        if (directory?.Role is { } known1 && (role is null || known1.EndsWith(role, StringComparison.OrdinalIgnoreCase)))
        {
            role = known1;
        }

        var person = new Person(name, role, ActsFor(role) ?? directory?.ActsFor);
        people[name] = person;
        bySurname.TryAdd(person.Surname, person);
        bySurname.TryAdd(c.Name[^1], person);
    }

    private Person? Resolve(string text, Candidate c, DateOnly published, Dictionary<string, Person> people, Dictionary<string, Person> bySurname)
    {
        var name = string.Join(' ', c.Name);
        if (people.TryGetValue(name, out var person) || bySurname.TryGetValue(c.Name[^1], out person))
        {
            return person;
        }

        if (c.Name.Length == 1 && (known.Find(name, published) is { } directory))
        {
            people[directory.Name] = directory;
            bySurname[name] = directory;
            return directory;
        }

        if (c.Name.Length == 1 && SpeechVerbs.VerbAhead().Match(text, c.End, Math.Min(60, text.Length - c.End)).Success)
        {
            person = new Person(name, Appositive(text, c.End), null);
            people[name] = person;
            bySurname[name] = person;
            return person;
        }

        return null;
    }

    private string? ActsFor(string? role)
    {
        if (role is null)
        {
            return null;
        }

        foreach (var word in role.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if ((gazetteer.Lookup(StripPossessive(word)) ?? gazetteer.Lookup(StripPossessive(word.TrimEnd(',', '.')))) is { Kind: PlaceKind.Country } place)
            {
                return place.Name;
            }
        }

        return role.Contains("NATO", StringComparison.OrdinalIgnoreCase) || role.Contains("Secretary General", StringComparison.OrdinalIgnoreCase)
            || role.Contains("Allied", StringComparison.Ordinal) || role.Contains("alliance", StringComparison.OrdinalIgnoreCase) ? "NATO" : null;
    }

    private static string? RoleBefore(string text, int start)
    {
        var from = Math.Max(0, start - 80);
        var m = RoleBeforePattern().Match(text, from, start - from);
        return m.Success ? m.Groups["role"].Value : null;
    }

    /// <summary>The role in an appositive right after a name: ", a program coordinator at the Center …,".</summary>
    internal static string? Appositive(string text, int end)
    {
        var m = AppositivePattern().Match(text, end, Math.Min(120, text.Length - end));
        return m.Success && RoleNoun().IsMatch(m.Groups["role"].Value) ? m.Groups["role"].Value : null;
    }

    /// <summary>A one-word run can name a person only if it is a name word ("Stoltenberg", "Stoltenberg’s").</summary>
    private bool MayBeName(ReadOnlySpan<char> word)
    {
        var bare = word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
        var lookup = NameWords.NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
        return bare.Length > 1 && !lookup.Contains(bare) && !bare.EndsWith('.') && gazetteer.Lookup(bare.ToString()) is null;
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;

    private static int WordOffset(string run, int index)
    {
        var offset = 0;
        for (var i = 0; i < index; i++)
        {
            offset = run.IndexOf(' ', offset) + 1;
            while (run[offset] == ' ')
            {
                offset++;
            }
        }

        return offset;
    }

    private const string RoleNouns = "minister|president|secretary(?:[ -]general)?|chief|head|spokes(?:person|man|woman)|commander|ambassador|chancellor|premier|leader|envoy|advis[eo]r|director|chair(?:man|woman)?|coordinator|analyst|expert|researcher|fellow|professor|senator|lawmaker|diplomat|officer|general|admiral|colonel|official";

    [GeneratedRegex(@"(?<![\p{L}\p{M}’'\-.])(?:(?:Gen|Lt|Col|Maj|Adm|Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Prof|Brig|Capt|Sgt|Cmdr|Amb|Pres|Gens)\.|U\.S\.|U\.K\.|\p{Lu}[\p{L}\p{M}’'\-]*)(?: (?:(?:von|van|der|den|de|la|le|du|da|dos|bin|ter|of) )*(?:(?:Gen|Lt|Col|Maj|Adm|Sen|Mr|Mrs|Ms|Dr|Prof)\.|\p{Lu}\.(?= \p{Lu})|\p{Lu}[\p{L}\p{M}’'\-]*))*", RegexOptions.CultureInvariant)]
    private static partial Regex Run();

    [GeneratedRegex(@"(?<role>(?:(?:\p{Lu}[\p{L}.]+(?:’s|'s)?|U\.S\.) ){0,2}(?:(?!(?:that|the|a|an|and|or|but|said|says|told|with|to|of|in|on|by|for|from|as|at|who|which|when)\b)[\p{Ll}\-]+ ){0,2}(?:" + RoleNouns + @"))\s*,?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleBeforePattern();

    [GeneratedRegex(@"^,\s+(?:(?:a|an|the)\s+)?(?<role>(?:\p{Lu}\p{L}+(?:’s|'s)\s+)?\p{Ll}[^,;“”""\n]{2,90}?)(?=\s*(?:[,;.]|$)|\s+(?:who|said|told|says)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex AppositivePattern();

    [GeneratedRegex(@"\b(?:" + RoleNouns + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoleNoun();
}
