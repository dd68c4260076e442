using System;
using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Explorer.Export;

/// <summary>
/// The one place that says what a record's fields are: for every record kind, its fields in a fixed
/// order, each a scalar, a list of scalars or a list of groups. The CSV and JSON Lines exports, the
/// explorer's <c>show</c> command and its reverse references all read records through it, and so can
/// release snapshots and diffs between releases.
/// </summary>
/// <remarks>
/// Conventions, the same for every kind:
/// <list type="bullet">
/// <item>Names are snake case; every kind starts with <c>id</c> and <c>kind</c>.</item>
/// <item>A reference to another record is its id (<see cref="FieldValueKind.Reference"/>).</item>
/// <item>Enum members are spelt as in the seed files (<c>delegation-head</c>).</item>
/// <item>A date <c>d</c> is four fields: <c>d</c> (ISO partial text such as <c>2023</c>, <c>2023-07</c> or
/// <c>2023-07-26</c>, null when unknown), <c>d_precision</c> (<c>day</c>, <c>month</c>, <c>year</c>, <c>unknown</c>),
/// <c>d_inference</c> (why it was inferred, null when a source states it) and <c>d_inference_basis</c> (the sources of the inference).</item>
/// <item>Properties computed from other fields (<see cref="Entity.HomeCountry"/>, <see cref="Event.Country"/>,
/// <see cref="Topic.Path"/>) are left out, so that a change is reported once.</item>
/// <item>Kinds that never carry evidence (sources, topics, series) have no <c>evidence</c> field; an
/// exclusion's quote and source are its own fields.</item>
/// </list>
/// Everything is culture-invariant and in a stable order, so the same data always gives the same fields.
/// </remarks>
public static class RecordFields
{
    private static readonly IReadOnlyList<FieldDefinition>[] Definitions = Build();

    /// <summary>Every record kind, in <see cref="RecordKind"/> order.</summary>
    public static IReadOnlyList<RecordKind> Kinds { get; } = Enum.GetValues<RecordKind>().OrderBy(kind => kind).ToArray();

    /// <summary>The fields every record of <paramref name="kind"/> has, in order.</summary>
    public static IReadOnlyList<FieldDefinition> DefinitionsOf(RecordKind kind) => Definitions[(int)kind];

    /// <summary>The record's fields, in the order of <see cref="DefinitionsOf"/>, empty ones included.</summary>
    public static IReadOnlyList<RecordField> Of(Record record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return DefinitionsOf(record.Kind).Select(definition => new RecordField(definition.Name, definition.Read(record))).ToArray();
    }

    private static IReadOnlyList<FieldDefinition>[] Build()
    {
        var tables = new IReadOnlyList<FieldDefinition>[Enum.GetValues<RecordKind>().Length];
        tables[(int)RecordKind.Source] = new Fields<Source>()
            .Text("file_name", s => s.FileName)
            .Text("title", s => s.Title)
            .Text("outlet", s => s.Outlet)
            .Text("author", s => s.Author)
            .Date("published", s => s.Published)
            .Text("language", s => s.Language)
            .Text("content_hash", s => s.ContentHash)
            .Text("note", s => s.Note)
            .Build();
        tables[(int)RecordKind.Topic] = new Fields<Topic>()
            .Text("name", t => t.Name)
            .Reference("parent", t => t.Parent)
            .Text("note", t => t.Note)
            .Build();
        tables[(int)RecordKind.EventSeries] = new Fields<EventSeries>()
            .Text("name", s => s.Name)
            .Text("note", s => s.Note)
            .Build();
        tables[(int)RecordKind.Country] = new Fields<Country>()
            .Text("name", c => c.Name)
            .Text("iso2", c => c.Iso2)
            .Text("iso3", c => c.Iso3)
            .Texts("aliases", c => c.Aliases)
            .NoteAndEvidence()
            .Build();
        tables[(int)RecordKind.Place] = new Fields<Place>()
            .Text("name", p => p.Name)
            .Enum("place_kind", p => p.PlaceKind)
            .Reference("parent", p => p.Parent)
            .Reference("country", p => p.Country)
            .Texts("aliases", p => p.Aliases)
            .NoteAndEvidence()
            .Build();
        tables[(int)RecordKind.Organization] = new Fields<Organization>()
            .Text("name", o => o.Name)
            .Enum("organization_kind", o => o.OrganizationKind)
            .Reference("country", o => o.Country)
            .Reference("parent", o => o.Parent)
            .Texts("aliases", o => o.Aliases)
            .NoteAndEvidence()
            .Build();
        tables[(int)RecordKind.Person] = new Fields<Person>()
            .Text("name", p => p.Name)
            .Reference("nationality", p => p.Nationality)
            .Texts("aliases", p => p.Aliases)
            .NoteAndEvidence()
            .Build();
        tables[(int)RecordKind.Event] = new Fields<Event>()
            .Enum("event_kind", e => e.EventKind)
            .Text("title", e => e.Title)
            .Date("date", e => e.Date)
            .Date("end_date", e => e.EndDate)
            .Text("date_text", e => e.DateText)
            .Reference("place", e => e.Place)
            .Enum("status", e => e.Status)
            .Reference("series", e => e.Series)
            .Number("ordinal", e => e.Ordinal)
            .Reference("parent", e => e.Parent)
            .Groups("participants", ["actor", "role"], e => e.Participants.Select(p => new[] { FieldValue.Reference(p.Actor), Spell(p.Role) }))
            .References("topics", e => e.Topics)
            .Texts("cameo_codes", e => e.CameoCodes)
            .Groups("plover_codes", ["type", "mode"], e => e.PloverCodes.Select(p => new[] { Spell(p.Type), p.Mode is { } mode ? Spell(mode) : FieldValue.Null }))
            .Text("summary", e => e.Summary)
            .NoteAndEvidence()
            .Build();
        tables[(int)RecordKind.OfficeHeld] = new Fields<OfficeHeld>()
            .Reference("person", o => o.Person)
            .Text("title", o => o.Title)
            .Reference("organization", o => o.Organization)
            .Text("military_rank", o => o.MilitaryRank)
            .Date("start", o => o.Start)
            .Date("end", o => o.End)
            .References("shown_at", o => o.ShownAt)
            .NoteAndEvidence()
            .Build();
        tables[(int)RecordKind.Agreement] = new Fields<Agreement>()
            .Enum("agreement_kind", a => a.AgreementKind)
            .Text("name", a => a.Name)
            .References("parties", a => a.Parties)
            .Date("date", a => a.Date)
            .Date("start", a => a.Start)
            .Date("end", a => a.End)
            .Enum("status", a => a.Status)
            .Reference("event", a => a.Event)
            .References("topics", a => a.Topics)
            .NoteAndEvidence()
            .Build();
        tables[(int)RecordKind.Statement] = new Fields<Statement>()
            .Enum("statement_kind", s => s.StatementKind)
            .References("speakers", s => s.Speakers)
            .References("addressees", s => s.Addressees)
            .Reference("event", s => s.Event)
            .Date("date", s => s.Date)
            .Text("summary", s => s.Summary)
            .References("topics", s => s.Topics)
            .NoteAndEvidence()
            .Build();
        tables[(int)RecordKind.Figure] = new Fields<Figure>()
            .Text("measure", f => f.Measure)
            .Text("description", f => f.Description)
            .Number("value", f => f.Value)
            .Text("unit", f => f.Unit)
            .Enum("comparator", f => f.Comparator)
            .Date("period", f => f.Period)
            .Text("period_text", f => f.PeriodText)
            .Date("reported_on", f => f.ReportedOn)
            .References("subjects", f => f.Subjects)
            .Reference("event", f => f.Event)
            .References("topics", f => f.Topics)
            .NoteAndEvidence()
            .Build();
        tables[(int)RecordKind.Claim] = new Fields<Claim>()
            .Reference("subject", c => c.Subject)
            .Text("property", c => c.Property)
            .Text("value", c => c.Value)
            .Date("value_date", c => c.ValueDate)
            .Enum("rank", c => c.Rank)
            .NoteAndEvidence()
            .Build();
        tables[(int)RecordKind.Exclusion] = new Fields<Exclusion>()
            .Reference("source", x => x.Source)
            .Text("quote", x => x.Quote)
            .Enum("category", x => x.Category)
            .Text("reason", x => x.Reason)
            .Build();

        for (var kind = 0; kind < tables.Length; kind++)
        {
            if (tables[kind] is null)
            {
                throw new InvalidOperationException($"RecordFields has no fields for the record kind {(RecordKind)kind}.");
            }
        }

        return tables;
    }

    private static FieldValue Spell<T>(T value)
        where T : struct, Enum => FieldValue.Text(SeedSpelling.Of(value));

    /// <summary>Collects the definitions of one kind, each reading a typed record.</summary>
    private sealed class Fields<T>
        where T : Record
    {
        private readonly List<FieldDefinition> _definitions = [];

        public Fields()
        {
            Scalar("id", r => FieldValue.Text(r.Id));
            Scalar("kind", r => Spell(r.Kind));
        }

        public Fields<T> Text(string name, Func<T, string?> read) => Scalar(name, r => FieldValue.Text(read(r)));

        public Fields<T> Number(string name, Func<T, decimal?> read) => Scalar(name, r => FieldValue.Number(read(r)));

        public Fields<T> Enum<TEnum>(string name, Func<T, TEnum> read)
            where TEnum : struct, Enum => Scalar(name, r => Spell(read(r)));

        public Fields<T> Reference(string name, Func<T, Record?> read) => Scalar(name, r => FieldValue.Reference(read(r)));

        public Fields<T> References(string name, Func<T, IEnumerable<Record>> read) =>
            Add(name, FieldShape.List, [], r => FieldValue.List(read(r).Select(FieldValue.Reference)));

        public Fields<T> Texts(string name, Func<T, IEnumerable<string>> read) =>
            Add(name, FieldShape.List, [], r => FieldValue.List(read(r).Select(FieldValue.Text)));

        public Fields<T> Date(string name, Func<T, PartialDate> read) =>
            Text(name, r => read(r) is { IsKnown: true } date ? date.ToString() : null)
            .Scalar(name + "_precision", r => Spell(read(r).Precision))
            .Text(name + "_inference", r => read(r).Inference?.Reason)
            .References(name + "_inference_basis", r => read(r).Inference?.Basis ?? (IEnumerable<Record>)[]);

        public Fields<T> Groups(string name, string[] members, Func<T, IEnumerable<FieldValue[]>> read) =>
            Add(name, FieldShape.GroupList, members, r => FieldValue.List(read(r).Select(values => FieldValue.Group(members.Zip(values, (member, value) => new RecordField(member, value))))));

        public Fields<T> NoteAndEvidence() =>
            Text("note", r => r.Note)
            .Groups("evidence", ["source", "quote"], r => r.Evidence.Select(e => new[] { FieldValue.Reference(e.Source), FieldValue.Text(e.Quote) }));

        public IReadOnlyList<FieldDefinition> Build() => _definitions.ToArray();

        private Fields<T> Scalar(string name, Func<T, FieldValue> read) => Add(name, FieldShape.Scalar, [], read);

        private Fields<T> Add(string name, FieldShape shape, IReadOnlyList<string> members, Func<T, FieldValue> read)
        {
            if (_definitions.Any(d => d.Name == name))
            {
                throw new InvalidOperationException($"{typeof(T).Name} has two fields named '{name}'.");
            }

            _definitions.Add(new FieldDefinition(name, shape, members, record => read((T)record)));
            return this;
        }
    }
}
