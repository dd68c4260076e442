using System;
using System.Diagnostics;
using System.Globalization;
using DiplomacyData;

// The query every cold-start run answers: the events of the person found by a name spelled without
// diacritics. Prints the answer (the script checks both variants agree) and the milliseconds from the
// first touch of the dataset to the answer.
var clock = Stopwatch.StartNew();
var person = Dataset.Current.FindByName(args[0])[0];
var events = Dataset.Current.EventsWith(person).Count;
clock.Stop();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{person.Id} {events} {clock.Elapsed.TotalMilliseconds:F3}"));
