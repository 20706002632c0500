/// Word lists the generator draws from. Everything is fictional text about real-sounding
/// places of Tây Ninh; arrays are fixed so the corpus is the same on every machine.
enum Vocabulary {}
