using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>A measured quantity: bilateral trade, export growth, a number of companies.</summary>
public sealed class Figure : Record
{
    internal Figure(string id, FigureMeasure measure, string description, decimal value, string unit, Comparator? comparator, PartialDate period, string? periodText, PartialDate reportedOn, IReadOnlyList<Entity> subjects, Event? @event, IReadOnlyList<Topic> topics, IReadOnlyList<Evidence> evidence, string? note)
    {
        IdCore = id;
        EvidenceCore = evidence;
        NoteCore = note;
        MeasureKind = measure;
        Description = description;
        Value = value;
        Unit = unit;
        Comparator = comparator ?? Comparator.Exactly;
        Period = period;
        PeriodText = periodText;
        ReportedOn = reportedOn;
        Subjects = subjects;
        Event = @event;
        Topics = topics;
    }

    /// <inheritdoc />
    private protected override string IdCore { get; }

    /// <inheritdoc />
    private protected override IReadOnlyList<Evidence> EvidenceCore { get; }

    /// <inheritdoc />
    private protected override string? NoteCore { get; }

    /// <inheritdoc />
    public override RecordKind Kind => RecordKind.Figure;

    /// <summary>What is measured: the time series the figure belongs to, shared by every figure of that series.</summary>
    /// <remarks>The schema lists the measures, so a seed cannot misspell one; see <see cref="FigureMeasure"/> for what each counts.</remarks>
    public FigureMeasure MeasureKind { get; }

    /// <summary><see cref="MeasureKind"/> as the seed files write it (<c>bilateral-trade</c>), for code that compares or stores the word.</summary>
    public string Measure => SeedWords.Of(MeasureKind);

    /// <summary>What is measured, in words.</summary>
    public string Description { get; }

    /// <summary>The value as a full number (6 billion is 6000000000).</summary>
    public decimal Value { get; }

    /// <summary>An ISO 4217 currency, <c>percent</c>, or a plural noun such as <c>companies</c>.</summary>
    public string Unit { get; }

    /// <summary>How the value relates to the true quantity ("over", "nearly").</summary>
    public Comparator Comparator { get; }

    /// <summary>The time the figure covers.</summary>
    public PartialDate Period { get; }

    /// <summary>The source's words for the period when they are not a plain date ("the first months of 2025").</summary>
    public string? PeriodText { get; }

    /// <summary>When the figure was reported.</summary>
    public PartialDate ReportedOn { get; }

    /// <summary>The countries, organizations or places it is about.</summary>
    public IReadOnlyList<Entity> Subjects { get; }

    /// <summary>The event it was reported at, if any.</summary>
    public Event? Event { get; }

    /// <summary>The topics it belongs to.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>The description and value.</summary>
    /// <returns>The comparator spelt as in the seed files, such as <c>Italy–Vietnam trade: over 6000000000 EUR (2023)</c>.</returns>
    public override string ToString() =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}: {1} {2} {3} ({4})", Description, SeedWords.Of(Comparator), Value, Unit, Period);
}
