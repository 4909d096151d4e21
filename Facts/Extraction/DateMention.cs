namespace AllianceBot.Facts.Extraction;

/// <summary>
/// A date expression in the text. <see cref="Date"/> is the day it names, resolved against the publication date;
/// null when it names no single day ("earlier this month", "last week", "in 2014").
/// </summary>
internal readonly record struct DateMention(int Start, int End, DateOnly? Date);
