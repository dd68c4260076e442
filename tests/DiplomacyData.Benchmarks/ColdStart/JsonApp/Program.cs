using System;
using System.Diagnostics;
using System.Globalization;
using DiplomacyData.JsonBaseline;

// The same query as CompiledApp, answered by the JSON baseline.
var clock = Stopwatch.StartNew();
var person = JsonDataset.Current.FindByName(args[0])[0];
var events = JsonDataset.Current.EventsWith(person.Id).Count;
clock.Stop();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{person.Id} {events} {clock.Elapsed.TotalMilliseconds:F3}"));
