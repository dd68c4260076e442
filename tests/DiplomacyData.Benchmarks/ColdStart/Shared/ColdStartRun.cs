using System;
using System.Diagnostics;
using System.Globalization;

namespace DiplomacyData.ColdStart;

/// <summary>
/// What every cold-start app does: read the workload from its arguments, answer it once, print the answer
/// (run-scale.sh checks all variants agree) and the milliseconds from the first touch of the data to the answer.
/// <c>point NAME</c> finds the entity with that name (diacritics ignored) and counts its events;
/// <c>scan</c> tallies every event by year and topic (<see cref="YearTopicTally"/>).
/// </summary>
public static class ColdStartRun
{
    public static int Answer(string[] args, Func<string, string> point, Action<YearTopicTally> scan)
    {
        var clock = Stopwatch.StartNew();
        string answer;
        switch (args)
        {
            case ["point", var name]:
                answer = point(name);
                break;
            case ["scan"]:
                var tally = new YearTopicTally();
                scan(tally);
                answer = tally.Answer();
                break;
            default:
                Console.Error.WriteLine("usage: <app> point <name> | scan");
                return 2;
        }

        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{answer} {clock.Elapsed.TotalMilliseconds:F3}"));
        return 0;
    }
}
