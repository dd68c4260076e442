using System;
using DiplomacyData.Explorer;

// A console over the compiled dataset; with no command it prints the timeline.
return ExplorerApp.Run(args, Console.Out, Console.Error);
