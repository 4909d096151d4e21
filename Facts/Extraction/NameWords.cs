namespace AllianceBot.Facts.Extraction;

/// <summary>How the words of a capitalised run read: a title ("President", "Gen."), part of an organisation or a place
/// name, a word that starts sentences, or (none of those) part of a person's name.</summary>
internal static class NameWords
{
    public static readonly HashSet<string> PersonTitles = new(StringComparer.Ordinal)
    {
        "President", "Minister", "Secretary", "Secretary-General", "Gen.", "General", "Lt.", "Col.", "Maj.", "Adm.", "Admiral",
        "Sen.", "Senator", "Rep.", "Gov.", "Governor", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Professor", "Chancellor",
        "Commander", "Ambassador", "King", "Queen", "Pope", "Premier", "Spokesman", "Spokeswoman", "Spokesperson",
        "Lieutenant", "Colonel", "Major", "Brig.", "Brigadier", "Capt.", "Captain", "Sgt.", "Director", "Chairman",
        "Chairwoman", "Mayor", "Envoy", "Marshal", "Chief", "Gens.", "Cmdr.", "Amb.", "Pres.", "Adviser", "Advisor",
        "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady",
    };

    public static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "Prime", "Foreign", "Defense", "Defence", "Deputy", "Vice", "Supreme", "Allied", "Army", "Navy", "Air", "Joint",
        "Staff", "Interior", "Affairs", "State", "Security", "National", "Press", "First", "Field", "Head", "Leader",
        "Chair", "Force", "Forces", "Armed", "of", "Senior", "Top", "Acting", "Former", "Retired", "Ret.", "General",
    };

    public static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "However", "Earlier", "Later", "Yet", "It", "He", "She",
        "They", "We", "I", "You", "This", "That", "These", "Those", "What", "When", "Where", "Who", "Why", "How", "While",
        "After", "Before", "Since", "As", "If", "Meanwhile", "Also", "Still", "Even", "Now", "Then", "There", "Here",
        "Our", "Their", "His", "Her", "Its", "My", "For", "From", "With", "By", "To", "Of", "Under", "Over", "Last",
        "Next", "More", "Most", "Many", "Some", "All", "Both", "Each", "Other", "Such", "No", "Not", "Only", "Asked",
        "Speaking", "According", "Officials", "Official", "Details", "Member", "Members", "Allies", "Ally", "Leave",
        "Comment", "Read", "Photo", "Video", "Advertisement", "Share", "Story", "Updated", "Published", "New", "Old",
        "North", "South", "East", "West", "Eastern", "Western", "Central", "Northern", "Southern", "Great", "United",
        "States", "Kingdom", "Republic", "Sea", "Black", "Baltic", "Atlantic", "Pacific", "Article", "Treaty",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Tomorrow", "Yesterday", "NATO", "Nato", "EU", "UN",
        "Council", "Ministry", "Department", "Pentagon", "Kremlin", "House", "Alliance", "Union", "Commission", "Center",
        "Centre", "Institute", "Studies", "Agency", "Command", "Headquarters", "Task", "Readiness", "Response",
        "University", "Post", "Times", "News", "Reuters", "Associated", "Group", "Committee", "Parliament", "Congress",
        "Senate", "Assembly", "Organization", "Organisation", "Fund", "Bank", "Party", "Office", "Service", "Services",
        "Guard", "Corps", "Division", "Brigade", "Battalion", "Battlegroup", "Presence", "Forward", "Enhanced",
        "Initiative", "Summit", "Strategic", "Program", "Programme", "Foundation", "Very", "High", "Rapid", "Reaction",
        "Ministers", "Defense", "Defence", "Foreign", "Government", "Cabinet", "Staff", "Chiefs", "Air", "Force", "Forces",
        "Army", "Navy", "Marine", "Marines", "Coast", "Special", "Operations", "Joint", "Europe", "European", "Day",
        "God", "Christmas", "Easter", "Ramadan", "Internet", "Twitter", "Facebook", "Telegram", "Brussels", "Washington",
    };

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["Gen."] = "General", ["Lt."] = "Lieutenant", ["Col."] = "Colonel", ["Maj."] = "Major", ["Adm."] = "Admiral",
        ["Sen."] = "Senator", ["Rep."] = "Representative", ["Gov."] = "Governor", ["Prof."] = "Professor",
        ["Brig."] = "Brigadier", ["Capt."] = "Captain", ["Sgt."] = "Sergeant", ["Cmdr."] = "Commander",
        ["Amb."] = "Ambassador", ["Pres."] = "President", ["Gens."] = "General",
    };

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady",
    };

    public static bool IsTitle(string word) => PersonTitles.Contains(word) || RoleWords.Contains(word);

    /// <summary>The title as it reads in a role: "Gen." is "General"; honorifics ("Mr.") are no role.</summary>
    public static string? RoleForm(string word) =>
        Honorifics.Contains(word) ? null : Abbreviations.GetValueOrDefault(word, word);

    /// <summary>Whether <paramref name="word"/> can be part of a person's name.</summary>
    public static bool IsNameWord(string word) =>
        word.Length > 1 && !NotNames.Contains(word) && !IsTitle(word) && HasLower(word) && !word.EndsWith('.');

    private static bool HasLower(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}
