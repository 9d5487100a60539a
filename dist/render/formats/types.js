// The one interface every output format implements, for every command that
// has a --format: a formatter turns the command's data into the whole of its
// stdout. What a formatter needs besides the data (the language, the
// translator, the terminal style) comes in `env`, which each command defines.
export {};
