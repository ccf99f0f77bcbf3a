/**
 * The gender a common given name shows on its own: the "he" in "Jessica Lee
 * replaced Tom Hale. He was moved to Mondays." is Hale, though Lee was the
 * subject.
 * Only names borne almost only by one gender in English-language news are
 * listed; names given to both (Chris, Kelly, Lee, Jordan, Leslie, Robin,
 * Terry), names whose gender differs between languages (Andrea, Jean,
 * Joan, Nicola, Simone) and names that are more often a place or a word
 * (Virginia, Florence, Grace, Chad) are not, and stay open to "he" and
 * "she" alike. An honorific ("Mrs.") or a description ("her father, Tom")
 * outweighs the name; the name outweighs the article's own pronouns near
 * it, which may be someone else's (resolve-mention.ts).
 *
 * No well-kept library does this: the stdlib name lists (from Moby) lack
 * "Donald" and "Walter" and give "Adel" to women, and the packages built on
 * US birth records are unmaintained since 2014.
 */
import { nameKey } from './name-key.ts';

const MALE = `
  Aaron Adam Adrian Ahmed Alan Albert Alberto Alexander Alexei Alfred Alistair Allen Andrew Andy Anthony
  Antonio Arnold Arthur Barry Ben Benjamin Bernard Bill Billy Bob Bobby Boris Brad Bradley Brandon
  Brendan Brett Brian Bruce Bryan Calvin Carl Carlos Charles Chuck Clarence Clint Colin Craig Curt
  Curtis Dale Dan Daniel Darren Dave David Dennis Derek Dick Dmitry Don Donald Doug Douglas Duncan
  Dwight Ed Eddie Edward Edwin Elijah Emmanuel Enrique Eric Ernest Evan Fernando Francesco
  Francisco Frank Franklin Fred Frederick Gary Gavin Gene George Gerald Gilbert Giuseppe Glen Glenn
  Gordon Greg Gregory Hans Harold Harry Harvey Hassan Henry Herbert Herman Howard Hugh Ian Igor
  Isaac Ivan Jack Jacob Jacques Jake James Jared Jason Javier Jeff Jeffrey Jeremy Jerome Jerry Jim Jimmy
  Joe Joel John Johnny Jon Jonathan Jorge Jose Joseph Josh Joshua Juan Justin Karl Keith Ken Kenneth
  Kevin Klaus Kurt Larry Lawrence Leonard Lewis Lloyd Louis Luis Luke Malcolm Manuel Marco Mario Mark
  Martin Marvin Matt Matteo Matthew Maurice Max Michael Miguel Mike Mikhail Mitch Mohammed Muhammad
  Nathan Neil Nicholas Nick Nicolas Nikolai Noah Norman Oliver Omar Oscar Pablo Patrick Paul Pavel Pedro
  Pete Peter Phil Philip Phillip Pierre Rafael Ralph Randy Ray Raymond Ricardo Richard Rick Rob Robert
  Roger Roland Ron Ronald Roy Rudy Russell Ryan Samuel Scott Sean Sergei Sergey Sergio Seth Shawn
  Sheldon Stan Stanley Stephen Steve Steven Stuart Ted Teddy Theodore Thomas Tim Timothy Todd Tom Tommy
  Tony Travis Trey Vernon Victor Viktor Vince Vincent Vladimir Walter Wayne William Willie
  Wolfgang Yuri Zachary
  Barack Bernie Corey Jeb Mitt Newt Rand Reince
  Alexey Anatoly Andrei Andrii Andriy Antony Denys Dmytro Keir Kyrylo Maxim Mykhailo Mykola Olaf
  Oleksandr Oleksii Oleksiy Petro Pyotr Ramzan Recep Rishi Rustem Serhii Serhiy Vadym Valeriy Valery
  Vitali Vitaliy Volodymyr Yevgeniy Yevgeny
  Anton Artem Artur Bohdan Danylo Dmitri Hennadiy Ihor Ilya Kirill Konstantin Kostiantyn Maksym Mykyta Nazar
  Oleg Oleh Ruslan Stepan Taras Vasyl Vitalii Yaroslav Yevhen Yurii
`;

const FEMALE = `
  Abigail Agnes Alice Alicia Alison Allison Amanda Amy Angela Angelina Anita Ann Anna Anne Annie Barbara
  Betsy Betty Beverly Bonnie Brenda Bridget Brittany Caitlin Carla Carly Carol Caroline Carolyn
  Catherine Cathy Cheryl Christina Christine Cindy Claire Clara Claudia Colleen Cynthia Daisy
  Danielle Debbie Deborah Debra Denise Diana Diane Donna Doris Dorothy Edith Eileen Elaine Eleanor Elena
  Elizabeth Ellen Elsa Emily Emma Erica Erin Esther Eva Evelyn Fatima Fiona Gabrielle Gail
  Gina Gloria Hannah Harriet Heather Heidi Helen Helena Ingrid Irene Irina Isabel Isabella
  Jacqueline Jane Janet Janice Jasmine Jennifer Jenny Jessica Jill Joanna Joanne Josephine Joyce
  Judith Judy Julia Julie Juliet Karen Kate Katherine Kathleen Kathryn Kathy Katie Katrina Kayla Laura
  Lauren Leah Linda Lisa Lois Loretta Lori Louise Lucy Lydia Madeleine Madeline Maggie Margaret Maria
  Marie Marilyn Marjorie Martha Mary Maureen Megan Melanie Melissa Michelle Mildred Miriam Molly Monica
  Nadia Nancy Naomi Natalia Natalie Natasha Nicole Nina Nora Olga Olivia Pamela Patricia Paula Pauline
  Peggy Phyllis Priscilla Rachel Rebecca Rita Roberta Rosa Rosemary Ruth Sally
  Samantha Sandra Sara Sarah Sharon Sheila Shirley Sophia Sophie Stephanie Sue Susan Suzanne Svetlana
  Sylvia Tamara Tatiana Teresa Theresa Tina Ursula Valerie Vanessa Wanda Wendy
  Yolanda Yulia Yvonne Zoe
  Chelsea Hillary Huma Ivanka Kellyanne Melania Nikki Tulsi
  Annalena Giorgia Iryna Kaja Kateryna Mette Oksana Olena
  Olha Halyna Hanna Larysa Liudmyla Lyudmila Nataliya Tetiana Tatyana Valentina Viktoriya Viktoria Yuliia
  Anastasia Ekaterina Yekaterina Galina Ludmila Marina Nadezhda Veronika Zoya Inna Alla Raisa Lyubov
`;

// Keyed as resolve-mention.ts keys a first name ("Jessica" → "jesica"); a key
// both lists reach after that folding is left out.
const GENDERS: ReadonlyMap<string, 'male' | 'female'> = (() => {
  const genders = new Map<string, 'male' | 'female' | null>();
  const add = (names: string, gender: 'male' | 'female') => {
    for (const name of names.split(/\s+/).filter(Boolean)) {
      const key = nameKey(name);
      genders.set(key, genders.has(key) && genders.get(key) !== gender ? null : gender);
    }
  };
  add(MALE, 'male');
  add(FEMALE, 'female');
  return new Map([...genders].filter((entry): entry is [string, 'male' | 'female'] => entry[1] !== null));
})();

/** The gender the given name with key `firstKey` (see nameKey()) shows on its own, or null when it shows none. */
export function givenNameGender(firstKey: string): 'male' | 'female' | null {
  return GENDERS.get(firstKey) ?? null;
}
