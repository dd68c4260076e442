using MemoryPack;

namespace DiplomacyData.JsonBaseline;

// The JSON baseline's own record classes (../JsonBaseline/JsonRecords.cs, compiled into this assembly too),
// made serializable by MemoryPack: the binary format a skilled user would pick for the same objects.

[MemoryPackable] public sealed partial class JsonDocumentRoot { }
[MemoryPackable] public sealed partial class JsonEvidence { }
[MemoryPackable] public sealed partial class JsonDate { }
[MemoryPackable] public sealed partial class JsonSource { }
[MemoryPackable] public sealed partial class JsonTopic { }
[MemoryPackable] public sealed partial class JsonSeries { }
[MemoryPackable] public sealed partial class JsonEntity { }
[MemoryPackable] public sealed partial class JsonParticipant { }
[MemoryPackable] public sealed partial class JsonPlover { }
[MemoryPackable] public sealed partial class JsonCameo { }
[MemoryPackable] public sealed partial class JsonEvent { }
[MemoryPackable] public sealed partial class JsonOffice { }
[MemoryPackable] public sealed partial class JsonAgreement { }
[MemoryPackable] public sealed partial class JsonStatement { }
[MemoryPackable] public sealed partial class JsonFigure { }
[MemoryPackable] public sealed partial class JsonClaim { }
[MemoryPackable] public sealed partial class JsonExclusion { }
