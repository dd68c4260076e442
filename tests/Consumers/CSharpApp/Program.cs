using CSharpApp;

// Asks the package the questions in Questions.cs and prints each with its answer on standard output,
// which run.sh compares between this app on the JIT and its NativeAOT build. A wrong answer (or a query
// that throws) is reported on standard error and makes the exit code 1.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: CSharpApp <expected data release version>");
    return 2;
}

var wrong = 0;
foreach (var question in Questions.All(args[0]))
{
    string answer;
    try
    {
        answer = question.Answer();
    }
    catch (Exception ex)
    {
        answer = $"{ex.GetType().Name}: {ex.Message}";
    }

    Console.WriteLine($"{question.Text} {answer}");
    if (answer != question.Expected)
    {
        Console.Error.WriteLine($"WRONG: \"{question.Text}\" should be \"{question.Expected}\".");
        wrong++;
    }
}

return wrong == 0 ? 0 : 1;
