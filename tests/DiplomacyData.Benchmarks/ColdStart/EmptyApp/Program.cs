using System;

// Starting the runtime and writing one line: what every variant's wall time includes before any data.
Console.WriteLine("empty 0");
return 0;
